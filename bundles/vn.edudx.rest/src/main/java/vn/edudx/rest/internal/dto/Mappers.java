package vn.edudx.rest.internal.dto;

import vn.edudx.api.observation.Provenance;
import vn.edudx.api.ranking.RankEntry;
import vn.edudx.api.ranking.Ranking;
import vn.edudx.api.ranking.Unranked;
import vn.edudx.api.score.CriterionScore;
import vn.edudx.api.score.GroupScore;
import vn.edudx.api.score.InputUsed;
import vn.edudx.api.score.Levels;
import vn.edudx.api.score.NextLevel;
import vn.edudx.api.score.Score;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;

/** Turns scores and rankings into the DTOs the API answers with. */
public final class Mappers {

  private Mappers() {}

  public static UnitRefDTO ref(String code, String name, SchoolLevel level) {
    return new UnitRefDTO(code, name, level == null ? null : level.name());
  }

  public static ScoreDTO score(Score s, OrgUnit unit, TextDTO notice) {
    boolean synthetic = s.usesDemoData();
    return new ScoreDTO(
        unit == null ? ref(s.unitCode(), null, null) : ref(unit.code(), unit.name(), unit.level()),
        s.period(),
        new ScoreDTO.SetRefDTO(s.setId(), s.setVersion()),
        s.computedAt(),
        s.total(),
        s.level(),
        s.level() == null ? null : TextDTO.of(Levels.name(s.level())),
        s.levelExplanation() == null ? null : TextDTO.of(s.levelExplanation()),
        synthetic,
        synthetic ? notice : null,
        s.groups().stream().map(Mappers::group).toList(),
        s.advice().stream()
            .map(
                a ->
                    new ScoreDTO.Note(
                        a.rule(), a.kind().name(), TextDTO.of(a.message()), a.indicators()))
            .toList());
  }

  private static ScoreDTO.Group group(GroupScore g) {
    return new ScoreDTO.Group(
        g.code(),
        TextDTO.of(g.name()),
        g.points(),
        g.maxPoints(),
        g.applicableMax(),
        g.level(),
        g.level() == 0 ? null : TextDTO.of(Levels.name(g.level())),
        TextDTO.of(g.levelExplanation()),
        g.failedMandatory(),
        g.missingInputs(),
        g.criteria().stream().map(Mappers::criterion).toList(),
        g.nextLevel() == null ? null : next(g.nextLevel()));
  }

  private static ScoreDTO.NextLevel next(NextLevel n) {
    return new ScoreDTO.NextLevel(
        n.target(),
        TextDTO.of(Levels.name(n.target())),
        n.pointsNeeded(),
        n.reachable(),
        TextDTO.of(n.summary()),
        n.steps().stream()
            .map(
                st ->
                    new ScoreDTO.Step(
                        st.code(), TextDTO.of(st.name()), st.openPoints(), st.mandatory()))
            .toList());
  }

  private static ScoreDTO.Criterion criterion(CriterionScore c) {
    return new ScoreDTO.Criterion(
        c.code(),
        TextDTO.of(c.name()),
        c.type().name(),
        c.points(),
        c.maxPoints(),
        c.outcome().name(),
        c.rule(),
        TextDTO.of(c.explanation()),
        c.inputs().stream().map(Mappers::input).toList(),
        c.children().stream().map(Mappers::criterion).toList());
  }

  private static ScoreDTO.Input input(InputUsed i) {
    Provenance p = i.provenance();
    return new ScoreDTO.Input(
        i.unit(),
        i.indicator(),
        i.value(),
        i.evidence(),
        i.observationId(),
        p == null
            ? null
            : new ScoreDTO.Source(
                p.batchId(),
                p.source(),
                p.instance(),
                p.origin(),
                p.row(),
                p.receivedAt(),
                p.receivedBy()));
  }

  public static RankingDTO ranking(Ranking r, TextDTO method, TextDTO notice) {
    boolean synthetic = r.entries().stream().anyMatch(RankEntry::synthetic);
    return new RankingDTO(
        r.period(),
        r.scopeCode(),
        r.level() == null ? null : r.level().name(),
        r.by(),
        r.approvedOnly(),
        method,
        synthetic ? notice : null,
        r.entries().size(),
        r.entries().stream().map(Mappers::entry).toList(),
        r.unranked().stream().map(Mappers::unranked).toList(),
        r.mostImproved(),
        r.robustness());
  }

  private static RankingDTO.Entry entry(RankEntry e) {
    return new RankingDTO.Entry(
        e.rank(),
        e.tied(),
        ref(e.unitCode(), e.unitName(), e.level()),
        e.placeCode() == null ? null : new RankingDTO.Place(e.placeCode(), e.placeName()),
        e.points(),
        e.groups().stream()
            .map(
                g ->
                    new RankingDTO.Group(
                        g.code(),
                        g.points(),
                        g.maxPoints(),
                        g.level(),
                        g.level() == 0 ? null : TextDTO.of(Levels.name(g.level()))))
            .toList(),
        e.previousRank(),
        e.movement(),
        e.interval());
  }

  private static RankingDTO.Unranked unranked(Unranked u) {
    return new RankingDTO.Unranked(
        ref(u.unitCode(), u.unitName(), u.level()), TextDTO.of(u.reason()));
  }
}
