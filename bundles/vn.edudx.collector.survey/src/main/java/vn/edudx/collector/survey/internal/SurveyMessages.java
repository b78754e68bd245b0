package vn.edudx.collector.survey.internal;

import vn.edudx.api.Messages;

/**
 * This collector's texts in Vietnamese and English: its problems, its report and its description.
 */
final class SurveyMessages {

  static final Messages MESSAGES =
      Messages.load("vn.edudx.collector.survey.internal.messages", SurveyMessages.class);

  private SurveyMessages() {}
}
