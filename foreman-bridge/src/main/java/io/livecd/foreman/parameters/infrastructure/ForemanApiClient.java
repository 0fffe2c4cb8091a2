package io.livecd.foreman.parameters.infrastructure;

import io.livecd.foreman.parameters.application.ForemanParameters;
import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.Scope;
import io.livecd.foreman.parameters.model.TftpTarget;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Foreman API v2 as hammer's {@code set-parameter} uses it, made safe: search by name,
 * compare, then PUT or POST only when the value differs; on a 422 "has already been
 * taken" (someone created it between our read and our write) read again and PUT. Only the
 * parameter's own fields are sent: never an {@code organization_id} or
 * {@code location_id} (the first {@code *_id} of a request picks the parent) and never
 * {@code *_parameters_attributes} (which replaces the whole set).
 */
final class ForemanApiClient implements ForemanParameters {

	private static final int ROUNDS = 3;

	private final ForemanHttp http;

	ForemanApiClient(ForemanHttp http) {
		this.http = http;
	}

	@Override
	public Outcome set(Scope scope, String name, String value) {
		Collection collection = Collection.of(scope);
		for (int round = 0; round < ROUNDS; round++) {
			ForemanHttp.Answer read = this.http.get(collection.search(name));
			if (read.status() != 200) {
				return Failures.of("reading " + name, read);
			}
			Optional<JsonNode> existing = Answers.parameter(read.json(), name);
			if (existing.isPresent() && value.equals(Answers.value(existing.get()))) {
				return new Outcome.Unchanged(value);
			}
			ForemanHttp.Answer write = existing.isPresent()
					? this.http.put(collection.member(existing.get().get("id").asLong()), collection.body(null, value))
					: this.http.post(collection.path(), collection.body(name, value));
			if (write.status() == 200 || write.status() == 201) {
				return new Outcome.Written(existing.map(Answers::value).orElse(null), value);
			}
			boolean raced = (write.status() == 404 && existing.isPresent())
					|| (write.status() == 422 && existing.isEmpty() && Answers.nameTaken(write.json()));
			if (!raced) {
				return Failures.of("writing " + name, write);
			}
		}
		return new Outcome.Failed(name + " kept changing in Foreman while the bridge wrote it", true);
	}

	@Override
	public Outcome remove(Scope scope, String name) {
		Collection collection = Collection.of(scope);
		ForemanHttp.Answer read = this.http.get(collection.search(name));
		if (read.status() != 200) {
			return Failures.of("reading " + name, read);
		}
		Optional<JsonNode> existing = Answers.parameter(read.json(), name);
		if (existing.isEmpty()) {
			return new Outcome.Unchanged(null);
		}
		ForemanHttp.Answer deleted = this.http.delete(collection.member(existing.get().get("id").asLong()));
		if (deleted.status() == 200) {
			return new Outcome.Written(Answers.value(existing.get()), null);
		}
		return (deleted.status() == 404) ? new Outcome.Unchanged(null) : Failures.of("deleting " + name, deleted);
	}

	@Override
	public Outcome rebuildTftp(TftpTarget target) {
		ObjectNode body = ForemanHttp.json().createObjectNode();
		body.putArray("only").add("TFTP");
		String path;
		if (target instanceof TftpTarget.Hostgroup group) {
			body.put("children_hosts", true);
			path = "api/hostgroups/" + group.id() + "/rebuild_config";
		}
		else {
			path = "api/hosts/" + encode(((TftpTarget.Host) target).fqdn()) + "/rebuild_config";
		}
		ForemanHttp.Answer answer = this.http.put(path, body);
		return (answer.status() == 200) ? new Outcome.Rebuilt()
				: Failures.of("rebuilding the TFTP config of " + target.describe(), answer);
	}

	static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** A parameter collection and the JSON key its fields go in. */
	private record Collection(String path, String wrapper) {

		static Collection of(Scope scope) {
			if (scope instanceof Scope.Location location) {
				return new Collection("api/locations/" + location.foremanId() + "/parameters", "parameter");
			}
			if (scope instanceof Scope.Host host) {
				return new Collection("api/hosts/" + encode(host.fqdn()) + "/parameters", "parameter");
			}
			return new Collection("api/common_parameters", "common_parameter");
		}

		String search(String name) {
			return this.path + "?search=" + URLEncoder.encode("name = \"" + name + "\"", StandardCharsets.UTF_8)
					+ "&per_page=all&show_hidden=true";
		}

		String member(long id) {
			return this.path + "/" + id;
		}

		/** {@code {"parameter":{"value":…}}}, with the name and type on create. */
		ObjectNode body(String name, String value) {
			ObjectNode body = ForemanHttp.json().createObjectNode();
			ObjectNode fields = body.putObject(this.wrapper);
			if (name != null) {
				fields.put("name", name);
			}
			fields.put("value", value);
			if (name != null) {
				fields.put("parameter_type", "string");
			}
			return body;
		}

	}

}
