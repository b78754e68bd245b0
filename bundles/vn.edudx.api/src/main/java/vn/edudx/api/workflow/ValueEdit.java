package vn.edudx.api.workflow;

/**
 * A value entered in an assessment form.
 *
 * @param value the value as the person typed it (yes/no, a number with a decimal comma or point, a
 *     code); an empty value clears nothing, it is refused
 * @param evidence a link or description of the evidence, or {@code null}
 * @param note why the value changed: required for the office's external evaluation
 */
public record ValueEdit(String indicatorCode, String value, String evidence, String note) {}
