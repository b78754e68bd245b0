package vn.edudx.scoring.drools.internal.engine;

/** A unit being scored, as the generated rules see it. */
public final class UnitFact {

  private final String code;

  public UnitFact(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }
}
