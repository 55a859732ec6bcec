/**
 * Article intake: reads raw articles (TASS-style text files, JSON Lines), rejects what cannot be an
 * article with an error naming the file and line, and turns each page into an {@link org.treatygraph.article.Article}:
 * normalised text, content-hash key, publication date, dateline and title, with the offset where the
 * body starts. Public surface: {@link org.treatygraph.article.ArticleReader},
 * {@link org.treatygraph.article.ArticleParser}, {@link org.treatygraph.article.Article}.
 */
package org.treatygraph.article;
