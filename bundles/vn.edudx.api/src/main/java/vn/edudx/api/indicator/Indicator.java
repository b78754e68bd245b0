package vn.edudx.api.indicator;

import java.math.BigDecimal;
import java.util.List;
import vn.edudx.api.LocalizedText;

/**
 * A value collected for a unit and period (an observation's subject), with the type and range a
 * collector checks before anything is stored.
 *
 * @param code the code used in files and requests, e.g. {@code 4725.1.6.1}
 * @param name what the value means
 * @param type what kind of value it is
 * @param min the smallest allowed value for numbers, or {@code null}
 * @param max the largest allowed value for numbers, or {@code null}
 * @param unit the unit a number is in ({@code %}, {@code người}), or {@code null}
 * @param allowed for text, the answers allowed (a choice criterion's options); empty if free
 */
public record Indicator(
    String code,
    LocalizedText name,
    ValueType type,
    BigDecimal min,
    BigDecimal max,
    String unit,
    List<String> allowed) {

  public Indicator {
    allowed = allowed == null ? List.of() : List.copyOf(allowed);
  }

  /** The allowed range as people read it, e.g. {@code 0–100 %}; empty when unbounded. */
  public String range() {
    if (min == null && max == null) {
      return "";
    }
    String from = min == null ? "…" : min.stripTrailingZeros().toPlainString();
    String to = max == null ? "…" : max.stripTrailingZeros().toPlainString();
    return from + "–" + to + (unit == null ? "" : " " + unit);
  }
}
