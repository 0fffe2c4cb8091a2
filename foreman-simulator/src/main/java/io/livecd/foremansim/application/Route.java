package io.livecd.foremansim.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of {@code config/routes/api/v2.rb} the simulator answers; {@code /api/v2/…}
 * and {@code /api/…} are the same.
 *
 * @param endpoint what answers
 * @param pathParams the path's parameters, e.g. {@code host_id} and {@code id}
 */
record Route(Endpoint endpoint, Map<String, String> pathParams) {

	/** Parents of nested parameters, by their collection name. */
	static final Map<String, String> PARENTS = Map.of("hosts", "host_id", "hostgroups", "hostgroup_id", "locations",
			"location_id", "organizations", "organization_id", "domains", "domain_id", "subnets", "subnet_id",
			"operatingsystems", "operatingsystem_id");

	enum Endpoint {

		GLOBAL_LIST, GLOBAL_CREATE, GLOBAL_SHOW, GLOBAL_UPDATE, GLOBAL_DESTROY, NESTED_LIST, NESTED_CREATE,
		NESTED_RESET, NESTED_SHOW, NESTED_UPDATE, NESTED_DESTROY, HOST_SHOW, HOST_REBUILD, HOST_TEMPLATE,
		HOSTGROUP_REBUILD

	}

	static Optional<Route> of(String method, String path) {
		List<String> segments = segments(path);
		if (segments == null) {
			return Optional.empty();
		}
		Map<String, String> params = new LinkedHashMap<>();
		int size = segments.size();
		String first = (size > 0) ? segments.get(0) : "";
		boolean update = Set.of("PUT", "PATCH").contains(method);
		Endpoint endpoint = null;
		if ("common_parameters".equals(first)) {
			if (size == 2) {
				params.put("id", segments.get(1));
			}
			endpoint = pick(method, size == 1, Endpoint.GLOBAL_LIST, Endpoint.GLOBAL_CREATE, null, Endpoint.GLOBAL_SHOW,
					update ? Endpoint.GLOBAL_UPDATE : null, Endpoint.GLOBAL_DESTROY, size <= 2);
		}
		else if (PARENTS.containsKey(first) && size >= 3 && "parameters".equals(segments.get(2)) && size <= 4) {
			params.put(PARENTS.get(first), segments.get(1));
			if (size == 4) {
				params.put("id", segments.get(3));
			}
			endpoint = pick(method, size == 3, Endpoint.NESTED_LIST, Endpoint.NESTED_CREATE, Endpoint.NESTED_RESET,
					Endpoint.NESTED_SHOW, update ? Endpoint.NESTED_UPDATE : null, Endpoint.NESTED_DESTROY, true);
		}
		else if ("hosts".equals(first) && size >= 2) {
			params.put("id", segments.get(1));
			endpoint = hostEndpoint(method, segments, params);
		}
		else if ("hostgroups".equals(first) && size == 3 && "rebuild_config".equals(segments.get(2))
				&& "PUT".equals(method)) {
			params.put("id", segments.get(1));
			endpoint = Endpoint.HOSTGROUP_REBUILD;
		}
		return Optional.ofNullable(endpoint).map((found) -> new Route(found, params));
	}

	private static Endpoint hostEndpoint(String method, List<String> segments, Map<String, String> params) {
		if (segments.size() == 2 && "GET".equals(method)) {
			return Endpoint.HOST_SHOW;
		}
		if (segments.size() == 3 && "rebuild_config".equals(segments.get(2)) && "PUT".equals(method)) {
			return Endpoint.HOST_REBUILD;
		}
		if (segments.size() == 4 && "template".equals(segments.get(2)) && "GET".equals(method)) {
			params.put("kind", segments.get(3));
			return Endpoint.HOST_TEMPLATE;
		}
		return null;
	}

	private static Endpoint pick(String method, boolean collection, Endpoint list, Endpoint create, Endpoint reset,
			Endpoint show, Endpoint update, Endpoint destroy, boolean valid) {
		if (!valid) {
			return null;
		}
		return switch (method) {
			case "GET" -> collection ? list : show;
			case "POST" -> collection ? create : null;
			case "PUT", "PATCH" -> collection ? null : update;
			case "DELETE" -> collection ? reset : destroy;
			default -> null;
		};
	}

	/**
	 * The segments after {@code /api} or {@code /api/v2}, or {@code null} outside the
	 * API.
	 */
	private static List<String> segments(String path) {
		String rest;
		if (path.startsWith("/api/v2/")) {
			rest = path.substring("/api/v2/".length());
		}
		else if (path.startsWith("/api/")) {
			rest = path.substring("/api/".length());
		}
		else {
			return null;
		}
		if (rest.endsWith("/")) {
			rest = rest.substring(0, rest.length() - 1);
		}
		return rest.isEmpty() ? List.of() : List.of(rest.split("/", -1));
	}

}
