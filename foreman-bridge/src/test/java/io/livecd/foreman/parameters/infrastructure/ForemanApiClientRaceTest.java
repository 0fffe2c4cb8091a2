package io.livecd.foreman.parameters.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.Scope;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upsert's races, against a scripted Foreman: another writer creates the parameter
 * between our search and our POST (422 "has already been taken"), or deletes it before
 * our PUT (404).
 */
class ForemanApiClientRaceTest {

	private static final Scope AMS = new Scope.Location("ams", 1);

	private static final String EMPTY = "{\"total\":0,\"subtotal\":0,\"page\":1,\"per_page\":20,\"search\":null,"
			+ "\"sort\":{\"by\":null,\"order\":null},\"results\":[]}";

	private static final String FOUND = "{\"total\":1,\"subtotal\":1,\"page\":1,\"per_page\":20,\"search\":null,"
			+ "\"sort\":{\"by\":null,\"order\":null},\"results\":[{\"id\":5,\"name\":\"live_squash\",\"value\":\"other\"}]}";

	private static final String TAKEN = "{\"error\":{\"id\":null,\"errors\":{\"name\":[\"has already been taken\"]},"
			+ "\"full_messages\":[\"Name has already been taken\"]}}";

	private final Deque<String[]> script = new ArrayDeque<>();

	private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

	private HttpServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
			this.seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " auth="
					+ (exchange.getRequestHeaders().getFirst("Authorization") != null) + " type=" + contentType);
			String[] answer = this.script.removeFirst();
			byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void shouldReadAgainAndPutWhenTheNameWasTakenMeanwhile() {
		answer(200, EMPTY);
		answer(422, TAKEN);
		answer(200, FOUND);
		answer(200, "{\"id\":5,\"name\":\"live_squash\",\"value\":\"mine\"}");

		assertThat(client().set(AMS, "live_squash", "mine")).isEqualTo(new Outcome.Written("other", "mine"));
		assertThat(this.seen).containsExactly("GET /api/locations/1/parameters auth=true type=null",
				"POST /api/locations/1/parameters auth=true type=application/json",
				"GET /api/locations/1/parameters auth=true type=null",
				"PUT /api/locations/1/parameters/5 auth=true type=application/json");
	}

	@Test
	void shouldReadAgainAndPostWhenTheParameterVanishedMeanwhile() {
		answer(200, FOUND);
		answer(404, "{\"error\":{\"message\":\"Resource parameter not found by id '5'\"}}");
		answer(200, EMPTY);
		answer(201, "{\"id\":6,\"name\":\"live_squash\",\"value\":\"mine\"}");

		assertThat(client().set(AMS, "live_squash", "mine")).isEqualTo(new Outcome.Written(null, "mine"));
		assertThat(this.seen).hasSize(4).last().asString().startsWith("POST");
	}

	@Test
	void shouldNotRetryAValidationErrorOtherThanATakenName() {
		answer(200, EMPTY);
		answer(422, "{\"error\":{\"id\":null,\"errors\":{\"value\":[\"is invalid string\"]},"
				+ "\"full_messages\":[\"Value is invalid string\"]}}");

		assertThat(client().set(AMS, "live_squash", "mine"))
			.isEqualTo(new Outcome.Failed("Foreman answered 422 writing live_squash: Value is invalid string", false));
	}

	private void answer(int status, String body) {
		this.script.addLast(new String[] { String.valueOf(status), body });
	}

	private ForemanApiClient client() {
		URI url = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
		return Clients.client(url, "s3cret", Duration.ofSeconds(2));
	}

}
