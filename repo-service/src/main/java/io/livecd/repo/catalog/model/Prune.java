package io.livecd.repo.catalog.model;

import java.util.List;

/**
 * One build retention removes: its manifest, and the objects under {@code builds/{job}/}
 * that no retained build of the job shares (identical bytes under one name are one
 * object).
 */
public record Prune(Manifest build, List<String> objectsToDelete) {

	public Prune {
		objectsToDelete = List.copyOf(objectsToDelete);
	}

}
