package vn.edudx.collect.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import vn.edudx.api.indicator.Indicator;
import vn.edudx.api.indicator.IndicatorSet;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.unit.OrgUnit;
import vn.edudx.api.unit.SchoolLevel;
import vn.edudx.api.unit.UnitType;

/**
 * The ingest benchmark's data, made up from a fixed seed: a register of schools and one CSV file
 * with a value of each of 40 shipped indicators for every school, as an office would export it.
 *
 * <p>The MOET 4725 school set declares 30 indicators, not the 40 the issue counts; the other ten
 * are the first ten of the shipped Ngan Nam plan set, which covers schools too. So the file has the
 * issue's 50,000 × 40 = 2,000,000 values and only indicators that a real EduDX knows.
 */
final class BenchData {

  static final String PERIOD = "2024-2025";
  static final String HEADER = "Mã đơn vị,Năm học,Mã chỉ số,Giá trị,Minh chứng\n";
  static final int INDICATORS = 40;

  private static final SchoolLevel[] LEVELS = {
    SchoolLevel.TH, SchoolLevel.THCS, SchoolLevel.THPT, SchoolLevel.GDTX, SchoolLevel.TH_THCS
  };

  final List<IndicatorSet> sets;
  final List<Indicator> indicators;

  BenchData() {
    IndicatorSet moet = read("indicator-sets/moet-4725-2022.json");
    IndicatorSet plan = read("indicator-sets/ngan-nam-plan-2023.json");
    sets = List.of(moet, plan);
    List<Indicator> all = new ArrayList<>(moet.indicators());
    all.addAll(plan.indicators().subList(0, INDICATORS - moet.indicators().size()));
    indicators = List.copyOf(all);
  }

  static String schoolCode(int i) {
    return String.format(Locale.ROOT, "S%06d", i + 1);
  }

  static List<OrgUnit> schools(int count) {
    List<OrgUnit> schools = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String code = schoolCode(i);
      schools.add(
          new OrgUnit(
              code,
              "Trường " + code,
              UnitType.SCHOOL,
              LEVELS[i % LEVELS.length],
              "P" + (i % 700),
              String.format(Locale.ROOT, "OFF%04d", i % 700 + 1),
              null,
              null,
              "bench"));
    }
    return schools;
  }

  /**
   * One row per school and indicator, schools in order: yes/no as people write them ("Có", "không",
   * "x"), percentages with a decimal comma or point, counts, and an evidence link each.
   */
  byte[] csv(long seed, int from, int count, String period) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(count * INDICATORS * 70);
    out.append(HEADER);
    for (int s = from; s < from + count; s++) {
      String code = schoolCode(s);
      for (Indicator ind : indicators) {
        out.append(code).append(',').append(period).append(',').append(ind.code()).append(',');
        out.append(value(ind, random)).append(',');
        out.append("https://").append(code.toLowerCase(Locale.ROOT)).append(".edu.vn/minh-chung/");
        out.append(ind.code()).append('\n');
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String value(Indicator ind, Random random) {
    return switch (ind.type()) {
      case BOOLEAN -> {
        String[] answers = {"Có", "Không", "có", "x", "không"};
        yield answers[random.nextInt(answers.length)];
      }
      case PERCENT -> {
        int hundredths = random.nextInt(10_001);
        String text = String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
        yield random.nextBoolean() ? '"' + text.replace('.', ',') + '"' : text;
      }
      default -> Integer.toString(random.nextInt(5_000));
    };
  }

  /** The shipped sets, answering as the scoring bundle's registry does. */
  IndicatorSetRegistry registry() {
    return new IndicatorSetRegistry() {
      @Override
      public List<IndicatorSet> sets() {
        return sets;
      }

      @Override
      public Optional<IndicatorSet> find(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst();
      }

      @Override
      public Optional<IndicatorSet> find(String id, int version) {
        return find(id).filter(s -> s.version() == version);
      }

      @Override
      public Optional<IndicatorSet> applicableTo(OrgUnit unit) {
        return sets.stream().filter(s -> s.appliesTo(unit)).findFirst();
      }

      @Override
      public Optional<Indicator> indicator(String code) {
        return sets.stream().map(s -> s.indicator(code)).flatMap(Optional::stream).findFirst();
      }

      @Override
      public Optional<Indicator> indicatorFor(OrgUnit unit, String code) {
        return sets.stream()
            .filter(s -> s.covers(unit))
            .map(s -> s.indicator(code))
            .flatMap(Optional::stream)
            .findFirst();
      }
    };
  }

  private static IndicatorSet read(String resource) {
    try (InputStream in = BenchData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return new ObjectMapper().readValue(bytes.toByteArray(), IndicatorSet.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
