package io.livecd.foremansim.application;

import io.livecd.foremansim.model.Fault;
import io.livecd.foremansim.model.Faults;
import io.livecd.foremansim.model.RecordedRequest;
import io.livecd.foremansim.model.RequestLog;
import java.time.Clock;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The Foreman API v2 front: injected faults first, then Foreman's own order of checks —
 * routing, the JSON body (400), authentication (401), an unknown location or organization
 * in any {@code *_id} (404, unwrapped), the media type of POST and PUT (415), the parent
 * (404) — and then the endpoint. Unexpected failures answer 500 as Foreman does.
 */
public final class ForemanApi {

	private final Credentials credentials;

	private final Faults faults;

	private final RequestLog log;

	private final Clock clock;

	private final Parents parents;

	private final ParameterEndpoints parameters;

	private final HostEndpoints hosts;

	public ForemanApi(Foreman foreman, Credentials credentials, PxeTemplate template, Clock clock) {
		this.credentials = credentials;
		this.faults = foreman.faults();
		this.log = foreman.requests();
		this.clock = clock;
		this.parents = new Parents(foreman.inventory());
		this.parameters = new ParameterEndpoints(foreman.parameters());
		this.hosts = new HostEndpoints(foreman.inventory(), foreman.parameters(), foreman.tftp(), template);
	}

	public Reply handle(Request request) {
		Optional<Fault> fault = this.faults.take(normalized(request.path()));
		fault.ifPresent((applied) -> pause(applied.delay().toMillis()));
		Reply reply = fault.filter((applied) -> applied.status() != 0)
			.map((applied) -> faultReply(applied.status()))
			.orElseGet(() -> answer(request));
		this.log.add(new RecordedRequest(this.clock.instant(), request.method(), normalized(request.path()),
				request.rawQuery(), request.bodyText(), reply.status()));
		return reply;
	}

	private Reply answer(Request request) {
		Optional<Route> route = Route.of(request.method(), request.path());
		if (route.isEmpty()) {
			return Errors.error(404, "No route matches " + request.method() + " " + request.path());
		}
		JsonNode body = null;
		if ("application/json".equals(request.mediaType()) && request.body().length > 0) {
			try {
				body = Json.parse(request.body());
			}
			catch (JacksonException ex) {
				return Errors.malformedJson(request.bodyText());
			}
		}
		Optional<String> rejected = this.credentials.rejected(request.authorization());
		if (rejected.isPresent()) {
			return Errors.unauthorized(rejected.get());
		}
		Params params = new Params(body, request.query(), route.get().pathParams());
		Optional<Reply> unknownTaxonomy = this.parents.unknownTaxonomy(params);
		if (unknownTaxonomy.isPresent()) {
			return unknownTaxonomy.get();
		}
		if (request.writes() && !"application/json".equals(request.mediaType())) {
			return Errors.unsupportedMediaType(request.contentType());
		}
		try {
			return dispatch(route.get().endpoint(), params);
		}
		catch (QueryNotSupported ex) {
			return Errors.queryNotSupported(ex.getMessage());
		}
		catch (RuntimeException ex) {
			return Errors.error(500, String.valueOf(ex.getMessage()));
		}
	}

	private Reply dispatch(Route.Endpoint endpoint, Params params) {
		return switch (endpoint) {
			case GLOBAL_LIST -> this.parameters.list(Parent.GLOBAL, params);
			case GLOBAL_CREATE -> this.parameters.create(Parent.GLOBAL, params);
			case GLOBAL_SHOW -> this.parameters.show(Parent.GLOBAL, params);
			case GLOBAL_UPDATE -> this.parameters.update(Parent.GLOBAL, params);
			case GLOBAL_DESTROY -> this.parameters.destroy(Parent.GLOBAL, params);
			case HOST_SHOW -> this.hosts.show(params);
			case HOST_REBUILD -> this.hosts.rebuild(params);
			case HOST_TEMPLATE -> this.hosts.template(params);
			case HOSTGROUP_REBUILD -> this.hosts.rebuildGroup(params);
			default -> nested(endpoint, params);
		};
	}

	private Reply nested(Route.Endpoint endpoint, Params params) {
		Optional<Parent> parent = this.parents.nested(params);
		if (parent.isEmpty()) {
			return Errors.notFound("parameter", params.text("id").orElse(""));
		}
		return switch (endpoint) {
			case NESTED_LIST -> this.parameters.list(parent.get(), params);
			case NESTED_CREATE -> this.parameters.create(parent.get(), params);
			case NESTED_RESET -> this.parameters.reset(parent.get());
			case NESTED_SHOW -> this.parameters.show(parent.get(), params);
			case NESTED_UPDATE -> this.parameters.update(parent.get(), params);
			case NESTED_DESTROY -> this.parameters.destroy(parent.get(), params);
			default -> throw new IllegalStateException("not a nested parameter endpoint: " + endpoint);
		};
	}

	private static Reply faultReply(int status) {
		if (status == 500) {
			return Errors.error(500, "Simulated fault");
		}
		if (status >= 502 && status <= 504) {
			return Reply.text(status, "Simulated proxy error " + status);
		}
		return Errors.error(status, "Simulated fault");
	}

	private static String normalized(String path) {
		return path.startsWith("/api/v2/") ? "/api/" + path.substring("/api/v2/".length()) : path;
	}

	private static void pause(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
