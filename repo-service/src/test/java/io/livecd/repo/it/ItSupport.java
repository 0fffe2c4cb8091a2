package io.livecd.repo.it;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.LivecdEvent;
import io.livecd.kafka.EventPublisher;
import io.livecd.kafka.EventTopics;
import io.livecd.repo.catalog.application.CatalogStore;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** What every integration test reaches for: CI, the logs, the bucket, the catalog. */
abstract class ItSupport {

	@Autowired
	protected Environment environment;

	@Autowired
	protected MinioClient minio;

	@Autowired
	protected EventPublisher publisher;

	@Autowired
	protected EventTopics topics;

	@Autowired
	protected CatalogStore catalog;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	protected int port() {
		return this.port;
	}

	protected HttpClient http() {
		return this.http;
	}

	/** An API call as JSON, with the bearer token if one is given. */
	protected HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	protected Ci ci() {
		return new Ci(this.minio, bucket(), this.publisher);
	}

	protected String bucket() {
		return this.environment.getRequiredProperty("livecd.s3.bucket");
	}

	protected String bootstrap() {
		return this.environment.getRequiredProperty("spring.kafka.bootstrap-servers");
	}

	protected List<LivecdEvent> repoLog() {
		return TopicReader.readAll(bootstrap(), this.topics.repo());
	}

	protected <T extends LivecdEvent> List<T> repoLog(Class<T> type) {
		return TopicReader.readAll(bootstrap(), this.topics.repo(), type);
	}

	protected long aliasBuild(String alias) {
		return this.catalog.current().target(alias).map(AliasTarget::build).orElse(0L);
	}

	protected boolean exists(String key) throws Exception {
		try {
			this.minio.statObject(StatObjectArgs.builder().bucket(bucket()).object(key).build());
			return true;
		}
		catch (ErrorResponseException ex) {
			if ("NoSuchKey".equals(ex.errorResponse().code())) {
				return false;
			}
			throw ex;
		}
	}

}
