/**
 * The translators' pages: the queue of texts to translate into a language ({@code
 * admin/translations.xhtml?lang=ru}) and the form that shows a text's original beside its
 * translation ({@code admin/translate.xhtml}).
 */
package org.silkway.web.admin.translation;
