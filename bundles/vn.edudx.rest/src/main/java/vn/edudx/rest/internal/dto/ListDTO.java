package vn.edudx.rest.internal.dto;

import java.util.List;

/**
 * A list answer, with a notice when any item comes from the synthetic demo data.
 *
 * @param notice set when the data shown are synthetic
 */
public record ListDTO<T>(int count, TextDTO notice, List<T> items) {

  public static <T> ListDTO<T> of(List<T> items, TextDTO notice) {
    return new ListDTO<>(items.size(), notice, items);
  }
}
