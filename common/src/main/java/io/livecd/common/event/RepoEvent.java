package io.livecd.common.event;

/** What the repository did with a build, on livecd.repo. */
public sealed interface RepoEvent extends LivecdEvent
		permits ArtifactsPublished, AliasUpdated, AliasPinned, AliasUnpinned, BuildPruned, BuildRejected {

}
