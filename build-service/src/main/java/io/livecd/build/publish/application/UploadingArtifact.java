package io.livecd.build.publish.application;

import io.livecd.build.publish.model.BuildId;
import io.livecd.build.publish.model.Outcome;
import io.livecd.build.publish.model.Refusal.Reason;
import io.livecd.common.checksum.ChecksummingInputStream;
import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.common.name.Names;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Streams one artifact into staging while hashing and counting it, and keeps it only if
 * it matches what the client announced and the build is still open. Re-uploading a name
 * replaces it.
 */
public class UploadingArtifact {

	private final Staging staging;

	private final Publications publications;

	private final BuildLocks locks;

	private final long maxArtifactSize;

	private final int maxArtifacts;

	public UploadingArtifact(Staging staging, Publications publications, BuildLocks locks, long maxArtifactSize,
			int maxArtifacts) {
		this.staging = staging;
		this.publications = publications;
		this.locks = locks;
		this.maxArtifactSize = maxArtifactSize;
		this.maxArtifacts = maxArtifacts;
	}

	/**
	 * @throws IOException when reading the body fails for another reason than its end
	 * coming early; nothing is stored then
	 */
	public Outcome<Artifact> upload(UploadArtifact request) throws IOException {
		Outcome<BuildId> parsed = BuildId.parse(request.job(), request.build());
		if (parsed instanceof Outcome.Refused<BuildId> refused) {
			return refused.as();
		}
		BuildId id = ((Outcome.Done<BuildId>) parsed).value();
		Optional<String> badName = Names.problem("artifact", request.name());
		if (badName.isPresent()) {
			return Outcome.refused(Reason.INVALID_NAME, badName.get());
		}
		String declaredSha256 = (request.declaredSha256() != null)
				? request.declaredSha256().trim().toLowerCase(Locale.ROOT) : null;
		if (declaredSha256 != null && !Sha256.isValid(declaredSha256)) {
			return Outcome.refused(Reason.INVALID_REQUEST, "X-Checksum-Sha256 must be 64 hex digits");
		}
		if (request.declaredSize() > this.maxArtifactSize) {
			return tooLarge(request.name(), request.declaredSize());
		}
		Optional<Outcome<Artifact>> refused = refuseUnopened(id).or(() -> refuseTooMany(id, request.name()));
		if (refused.isPresent()) {
			return refused.get();
		}
		this.locks.uploadStarted(id);
		try {
			return stream(id, request, declaredSha256);
		}
		finally {
			this.locks.uploadEnded(id);
		}
	}

	private Outcome<Artifact> stream(BuildId id, UploadArtifact request, String declaredSha256) throws IOException {
		ChecksummingInputStream content = new ChecksummingInputStream(
				new SizeLimitedInputStream(request.content(), this.maxArtifactSize));
		try (ArtifactWrite write = this.staging.write(id, request.name(), content, request.declaredSize())) {
			Artifact received = new Artifact(request.name(), content.bytes(), content.sha256());
			if (request.declaredSize() >= 0 && request.declaredSize() != received.size()) {
				return Outcome.refused(Reason.SIZE_MISMATCH, request.name() + " arrived with " + received.size()
						+ " bytes, Content-Length said " + request.declaredSize());
			}
			if (declaredSha256 != null && !declaredSha256.equals(received.sha256())) {
				return Outcome.refused(Reason.CHECKSUM_MISMATCH, request.name() + " arrived with sha256 "
						+ received.sha256() + ", X-Checksum-Sha256 said " + declaredSha256);
			}
			return this.locks.exclusively(id, () -> {
				Optional<Outcome<Artifact>> gone = refuseUnopened(id);
				if (gone.isPresent()) {
					return gone.get();
				}
				write.commit(received);
				return Outcome.done(received);
			});
		}
		catch (ArtifactTooLargeException ex) {
			return tooLarge(request.name(), -1);
		}
		catch (IOException ex) {
			if (!endedEarly(ex)) {
				throw ex;
			}
			return Outcome.refused(Reason.SIZE_MISMATCH, request.name() + " ended after " + content.bytes()
					+ " bytes, Content-Length said " + request.declaredSize());
		}
	}

	/**
	 * Whether the body ended before its announced length, possibly wrapped by the server.
	 */
	private static boolean endedEarly(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof EOFException) {
				return true;
			}
		}
		return false;
	}

	private Optional<Outcome<Artifact>> refuseUnopened(BuildId id) {
		if (this.publications.find(id).isPresent()) {
			return Optional.of(Outcome.refused(Reason.ALREADY_PUBLISHED, id + " is published; it no longer changes"));
		}
		if (this.staging.find(id).isEmpty()) {
			return Optional.of(Outcome.refused(Reason.UNKNOWN_BUILD, id + " is not open; open it first"));
		}
		return Optional.empty();
	}

	private Optional<Outcome<Artifact>> refuseTooMany(BuildId id, String name) {
		List<Artifact> stored = this.staging.artifacts(id);
		if (stored.size() >= this.maxArtifacts && stored.stream().noneMatch((a) -> a.name().equals(name))) {
			return Optional.of(Outcome.refused(Reason.TOO_MANY_ARTIFACTS,
					id + " already has " + stored.size() + " artifacts, the limit"));
		}
		return Optional.empty();
	}

	private Outcome<Artifact> tooLarge(String name, long size) {
		String what = (size >= 0) ? name + " has " + size + " bytes" : name + " is larger";
		return Outcome.refused(Reason.TOO_LARGE, what + "; the limit is " + this.maxArtifactSize + " bytes");
	}

}
