package io.livecd.foremansim.application;

import java.util.ArrayList;
import java.util.List;

/** Splits a scoped_search query into words, quoted strings and operators. */
final class SearchTokens {

	private static final List<String> OPERATORS = List.of("!=", "!~", "<=", ">=", "=", "~", "<", ">");

	private SearchTokens() {
	}

	/**
	 * @param text the token
	 * @param operator whether it is an operator rather than a word or quoted string
	 */
	record Token(String text, boolean operator) {
	}

	static List<Token> of(String query) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < query.length()) {
			char c = query.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == '"' || c == '\'') {
				int end = query.indexOf(c, i + 1);
				if (end < 0) {
					throw new QueryNotSupported("Unterminated quoted string in search");
				}
				tokens.add(new Token(query.substring(i + 1, end), false));
				i = end + 1;
				continue;
			}
			String operator = operatorAt(query, i);
			if (operator != null) {
				tokens.add(new Token(operator, true));
				i += operator.length();
				continue;
			}
			int start = i;
			while (i < query.length() && !Character.isWhitespace(query.charAt(i)) && operatorAt(query, i) == null
					&& query.charAt(i) != '"' && query.charAt(i) != '\'') {
				i++;
			}
			tokens.add(new Token(query.substring(start, i), false));
		}
		return tokens;
	}

	private static String operatorAt(String query, int index) {
		return OPERATORS.stream().filter((op) -> query.startsWith(op, index)).findFirst().orElse(null);
	}

}
