package vn.edudx.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a bundle's {@code messages_vi.properties} and {@code messages_en.properties} together,
 * because EduDX always produces a message in both languages at once.
 *
 * <p>Every text goes through {@link MessageFormat}, so an apostrophe is written {@code ''}. Lookups
 * never fall back to the JVM's default locale: a key missing from one language is a build mistake
 * and shows the key itself, which a test can catch.
 */
public final class Messages {

  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle vi;
  private final ResourceBundle en;

  private Messages(ResourceBundle vi, ResourceBundle en) {
    this.vi = vi;
    this.en = en;
  }

  /** The texts of the API's own types (unit types, levels, periods). */
  public static Messages api() {
    return ApiHolder.API;
  }

  private static final class ApiHolder {
    static final Messages API = load("vn.edudx.api.messages", Messages.class);
  }

  /**
   * Loads {@code baseName_vi} and {@code baseName_en} through the class loader of {@code owner}
   * (inside OSGi, the owner's bundle).
   */
  public static Messages load(String baseName, Class<?> owner) {
    ClassLoader loader = owner.getClassLoader();
    return new Messages(
        ResourceBundle.getBundle(baseName, VI, loader, NO_FALLBACK),
        ResourceBundle.getBundle(baseName, Locale.ENGLISH, loader, NO_FALLBACK));
  }

  /** The message {@code key} in both languages, with {@link MessageFormat} arguments. */
  public LocalizedText text(String key, Object... args) {
    return new LocalizedText(format(vi, VI, key, args), format(en, Locale.ENGLISH, key, args));
  }

  /**
   * A problem whose message is the text {@code code} and whose hint is the text {@code code.hint},
   * both formatted with the same arguments: how every problem EduDX reports is written.
   */
  public Problem problem(
      String code, String field, Integer row, Integer column, String value, Object... args) {
    return new Problem(
        code, field, row, column, value, text(code, args), text(code + ".hint", args));
  }

  /** Whether both languages define {@code key}. */
  public boolean has(String key) {
    return vi.containsKey(key) && en.containsKey(key);
  }

  private String format(ResourceBundle bundle, Locale locale, String key, Object[] args) {
    // Parsing a pattern costs more than formatting it: parse once, and format with a copy, since
    // a MessageFormat is not safe to share between threads.
    MessageFormat prototype =
        formats.computeIfAbsent(
            locale.getLanguage() + '\u0000' + key,
            k -> {
              try {
                return new MessageFormat(bundle.getString(key), locale);
              } catch (MissingResourceException e) {
                return null;
              }
            });
    if (prototype == null) {
      return key;
    }
    // Always through MessageFormat, so that quoting ('') means the same with or without arguments.
    return ((MessageFormat) prototype.clone()).format(args);
  }
}
