package io.livecd.foremansim.application;

import io.livecd.foremansim.model.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The part of scoped_search that parameter searches use: {@code field op value}
 * conditions on {@code name}, {@code value}, {@code type}, {@code key_type} (alias
 * {@code parameter_type}) and {@code id}, with {@code = != ~ !~} (and {@code < > <= >=}
 * for {@code id}), joined by {@code and}/{@code or}; a bare word matches name or value.
 * Other fields are refused as scoped_search refuses unknown ones.
 */
final class SearchQuery {

	private final List<SearchTokens.Token> tokens;

	private int position;

	private SearchQuery(List<SearchTokens.Token> tokens) {
		this.tokens = tokens;
	}

	static Predicate<Parameter> parse(String query) {
		if (query == null || query.isBlank()) {
			return (parameter) -> true;
		}
		SearchQuery parser = new SearchQuery(SearchTokens.of(query));
		Predicate<Parameter> predicate = parser.disjunction();
		if (parser.position < parser.tokens.size()) {
			throw new QueryNotSupported("Unexpected '" + parser.tokens.get(parser.position).text() + "' in search");
		}
		return predicate;
	}

	private Predicate<Parameter> disjunction() {
		Predicate<Parameter> result = conjunction();
		while (keyword("or") || keyword("|") || keyword("||")) {
			result = result.or(conjunction());
		}
		return result;
	}

	private Predicate<Parameter> conjunction() {
		Predicate<Parameter> result = condition();
		while (this.position < this.tokens.size() && !peekKeyword("or") && !peekKeyword("|") && !peekKeyword("||")) {
			boolean joined = keyword("and") || keyword("&") || keyword("&&");
			if (joined || !this.tokens.get(this.position).operator()) {
				result = result.and(condition());
			}
			else {
				break;
			}
		}
		return result;
	}

	private Predicate<Parameter> condition() {
		if (keyword("not")) {
			return condition().negate();
		}
		String word = next().text();
		if (this.position < this.tokens.size() && this.tokens.get(this.position).operator()) {
			String operator = next().text();
			if (this.position >= this.tokens.size()) {
				throw new QueryNotSupported("Value expected after '" + word + " " + operator + "'");
			}
			return SearchFields.condition(word, operator, next().text());
		}
		String needle = word.toLowerCase(Locale.ROOT);
		return (parameter) -> parameter.name().toLowerCase(Locale.ROOT).contains(needle)
				|| parameter.text().toLowerCase(Locale.ROOT).contains(needle);
	}

	private SearchTokens.Token next() {
		if (this.position >= this.tokens.size()) {
			throw new QueryNotSupported("Unexpected end of search");
		}
		return this.tokens.get(this.position++);
	}

	private boolean peekKeyword(String keyword) {
		return this.position < this.tokens.size() && !this.tokens.get(this.position).operator()
				&& this.tokens.get(this.position).text().equalsIgnoreCase(keyword);
	}

	private boolean keyword(String keyword) {
		if (peekKeyword(keyword)) {
			this.position++;
			return true;
		}
		return false;
	}

}
