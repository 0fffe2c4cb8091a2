package io.livecd.foremansim.infrastructure;

import io.livecd.foremansim.application.ForemanApi;
import io.livecd.foremansim.application.Reply;
import io.livecd.foremansim.application.Request;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** Hands every {@code /api} request to the simulated Foreman, byte for byte. */
@RestController
class ForemanApiController {

	private final ForemanApi api;

	ForemanApiController(ForemanApi api) {
		this.api = api;
	}

	@RequestMapping("/api/**")
	ResponseEntity<byte[]> handle(HttpServletRequest servletRequest) throws IOException {
		String path = UriUtils.decode(servletRequest.getRequestURI(), StandardCharsets.UTF_8);
		Request request = new Request(servletRequest.getMethod(), path, servletRequest.getQueryString(),
				query(servletRequest.getQueryString()), servletRequest.getContentType(),
				servletRequest.getHeader(HttpHeaders.AUTHORIZATION), servletRequest.getInputStream().readAllBytes());
		Reply reply = this.api.handle(request);
		return ResponseEntity.status(reply.status())
			.header(HttpHeaders.CONTENT_TYPE, reply.contentType())
			.header("Foreman_api_version", "2")
			.header("Foreman_version", "3.13.0")
			.body(reply.body());
	}

	private static Map<String, List<String>> query(String raw) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return query;
		}
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String key = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = (equals >= 0) ? decode(pair.substring(equals + 1)) : "";
			query.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value);
		}
		return query;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
