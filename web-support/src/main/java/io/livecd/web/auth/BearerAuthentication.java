package io.livecd.web.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The service's tokens and its record of refused ones. A service protects its write
 * endpoints with
 * {@code registry.addInterceptor(auth.requiring(Role.OPS)).addPathPatterns(...)}.
 */
public final class BearerAuthentication {

	private static final Logger log = LoggerFactory.getLogger(BearerAuthentication.class);

	private final BearerTokens tokens;

	private final FailedAuthentications failures;

	public BearerAuthentication(BearerTokens tokens, FailedAuthentications failures) {
		this.tokens = tokens;
		this.failures = failures;
	}

	/** An interceptor that lets through only callers of the role. */
	public HandlerInterceptor requiring(Role role) {
		if (this.tokens.isEmpty()) {
			log.warn("No bearer tokens configured (LIVECD_TOKENS): every call that needs role {} will be refused",
					role.id());
		}
		return new BearerTokenInterceptor(this.tokens, this.failures, role);
	}

}
