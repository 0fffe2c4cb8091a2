package io.livecd.build.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on a request it refused before any servlet saw it (a path with an
 * encoded {@code /}, {@code \} or NUL, a malformed request line): an RFC 9457 problem
 * instead of an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		String title = (status != null) ? status.getReasonPhrase() : "Error";
		String type = "about:blank";
		String detail = title;
		if (code == HttpStatus.BAD_REQUEST.value()) {
			type = Problems.TYPE_PREFIX + "invalid-request";
			detail = "the request was refused before it reached the service; names in a path may not contain"
					+ " an encoded '/', '\\\\' or NUL";
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + code
						+ ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			container.getLogger().debug("Could not write the error problem", ex);
		}
	}

}
