/**
 * Measures extraction against hand-annotated articles (an {@code .txt} plus {@code .expected.json} per
 * article): precision, recall and F1 per entity label, for speaker attribution and for events, and
 * stance accuracy. Public surface: {@link org.treatygraph.evaluation.Evaluation}.
 */
package org.treatygraph.evaluation;
