package io.livecd.foremansim.infrastructure;

import io.livecd.foremansim.application.Foreman;
import io.livecd.foremansim.model.Fault;
import io.livecd.foremansim.model.Host;
import io.livecd.foremansim.model.Hostgroup;
import io.livecd.foremansim.model.RecordedRequest;
import io.livecd.foremansim.model.Taxonomy;
import io.livecd.foremansim.model.TftpFiles.TftpFile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulator's own API for tests and the local stack: seeding, fault injection, write
 * counts, the request log and the TFTP files. Not part of Foreman; unauthenticated.
 */
@RestController
@RequestMapping("/__sim")
class SimulatorAdminController {

	private final Foreman foreman;

	SimulatorAdminController(Foreman foreman) {
		this.foreman = foreman;
	}

	@PostMapping("/reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reset() {
		this.foreman.reset();
	}

	/** A location, organization or host group to add; ids left out count as 0. */
	record Seed(Long id, String name, Long parentId) {
	}

	/**
	 * A host to add; ids left out count as 0 ("none", or for {@code id} "the next one").
	 */
	record HostSeed(Long id, String name, Long organizationId, Long locationId, Long hostgroupId) {
	}

	@PostMapping("/organizations")
	@ResponseStatus(HttpStatus.CREATED)
	Taxonomy organization(@RequestBody Seed organization) {
		return this.foreman.inventory().addOrganization(id(organization.id()), organization.name());
	}

	@PostMapping("/locations")
	@ResponseStatus(HttpStatus.CREATED)
	Taxonomy location(@RequestBody Seed location) {
		return this.foreman.inventory().addLocation(id(location.id()), location.name());
	}

	@PostMapping("/hostgroups")
	@ResponseStatus(HttpStatus.CREATED)
	Hostgroup hostgroup(@RequestBody Seed group) {
		return this.foreman.inventory().addHostgroup(id(group.id()), group.name(), id(group.parentId()));
	}

	@PostMapping("/hosts")
	@ResponseStatus(HttpStatus.CREATED)
	Host host(@RequestBody HostSeed host) {
		return this.foreman.inventory()
			.addHost(id(host.id()), host.name(), id(host.organizationId()), id(host.locationId()),
					id(host.hostgroupId()));
	}

	/**
	 * @param status answer with this status instead (0: answer normally after the delay)
	 * @param delayMillis wait this long first
	 * @param pathPrefix only for paths starting with this (default {@code /api/})
	 * @param count only this many times (default: no limit)
	 * @param forMillis only for this long from now (default: no limit)
	 */
	record FaultRequest(Integer status, Long delayMillis, String pathPrefix, Integer count, Long forMillis) {
	}

	@PostMapping("/faults")
	@ResponseStatus(HttpStatus.CREATED)
	Fault fault(@RequestBody FaultRequest request) {
		Fault fault = new Fault((request.status() != null) ? request.status() : 0,
				Duration.ofMillis((request.delayMillis() != null) ? request.delayMillis() : 0), request.pathPrefix(),
				(request.count() != null) ? request.count() : -1,
				(request.forMillis() != null) ? Instant.now().plusMillis(request.forMillis()) : null);
		this.foreman.faults().add(fault);
		return fault;
	}

	@DeleteMapping("/faults")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clearFaults() {
		this.foreman.faults().clear();
	}

	/** Successful writes per {@code level:referenceId:name}. */
	@GetMapping("/writes")
	Map<String, Integer> writes() {
		return this.foreman.parameters().writes();
	}

	@GetMapping("/requests")
	List<RecordedRequest> requests() {
		return this.foreman.requests().all();
	}

	@GetMapping("/tftp/{host}")
	ResponseEntity<TftpFile> tftp(@PathVariable String host) {
		return ResponseEntity.of(this.foreman.tftp().read(host));
	}

	@ExceptionHandler({ IllegalArgumentException.class, HttpMessageNotReadableException.class })
	ResponseEntity<ProblemDetail> invalid(Exception ex) {
		return ResponseEntity.badRequest()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage()));
	}

	private static long id(Long id) {
		return (id != null) ? id : 0;
	}

}
