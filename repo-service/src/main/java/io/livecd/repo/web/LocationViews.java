package io.livecd.repo.web;

import io.livecd.repo.catalog.model.Catalog;
import io.livecd.repo.catalog.model.ForemanParameter;
import io.livecd.repo.location.model.Locations;
import io.livecd.repo.location.model.MirrorState;
import io.livecd.repo.location.model.SyncFailure;
import io.livecd.repo.location.model.WarmFile;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Each location as operators see it: what its mirror holds warm, its last failure, and
 * the Foreman parameters in force there.
 */
final class LocationViews {

	private static final String SCOPE = "location:";

	private LocationViews() {
	}

	static List<LocationView> of(Catalog catalog, Locations locations) {
		TreeSet<String> names = new TreeSet<>(locations.mirrors().keySet());
		catalog.foreman()
			.values()
			.stream()
			.map(ForemanParameter::scope)
			.filter((scope) -> scope.startsWith(SCOPE))
			.forEach((scope) -> names.add(scope.substring(SCOPE.length())));
		return names.stream().map((name) -> LocationView.of(name, catalog, locations)).toList();
	}

	record LocationView(String location, List<WarmFileView> warm, FailureView lastFailure,
			List<ParameterView> foreman) {

		static LocationView of(String location, Catalog catalog, Locations locations) {
			MirrorState mirror = locations.mirror(location).orElse(null);
			List<WarmFileView> warm = (mirror != null) ? mirror.warm()
				.values()
				.stream()
				.sorted(Comparator.comparing(WarmFile::job).thenComparing(WarmFile::file))
				.map(WarmFileView::of)
				.toList() : List.of();
			FailureView failure = (mirror != null) ? mirror.failure().map(FailureView::of).orElse(null) : null;
			List<ParameterView> foreman = catalog.foreman()
				.values()
				.stream()
				.filter((p) -> p.scope().equals(SCOPE + location))
				.sorted(Comparator.comparing(ForemanParameter::name))
				.map((p) -> new ParameterView(p.name(), p.value(), p.time()))
				.toList();
			return new LocationView(location, warm, failure, foreman);
		}

	}

	record WarmFileView(String job, long build, String file, String sha256, long bytes, Instant time) {

		static WarmFileView of(WarmFile file) {
			return new WarmFileView(file.job(), file.build(), file.file(), file.sha256(), file.bytes(), file.time());
		}

	}

	record FailureView(String job, long build, String file, String reason, Instant time) {

		static FailureView of(SyncFailure failure) {
			return new FailureView(failure.job(), failure.build(), failure.file(), failure.reason(), failure.time());
		}

	}

	record ParameterView(String name, String value, Instant time) {
	}

}
