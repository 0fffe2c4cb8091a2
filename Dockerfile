# Image of one service: docker-compose.yml builds each with its module's name, e.g.
#   docker build --build-arg MODULE=repo-service --build-arg PORT=8080 -t livecd/repo-service .
# Build the jars first (./mvnw -B -DskipTests package); the build context is the repository
# root, and .dockerignore lets in only the modules' jars.
FROM eclipse-temurin:17-jre-noble AS layers
ARG MODULE
RUN test -n "$MODULE" || { echo "give the service: --build-arg MODULE=repo-service (or another)" >&2; exit 1; }
WORKDIR /layers
COPY ${MODULE}/target/${MODULE}-*.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre-noble
ARG PORT=8080
# /var/cache/livecd is mirror-service's cache: it belongs to the service user, so a named
# volume mounted there starts out writable (the other services leave it empty).
RUN groupadd --system --gid 10001 livecd \
	&& useradd --system --uid 10001 --gid livecd --no-create-home --shell /usr/sbin/nologin livecd \
	&& install --directory --owner livecd --group livecd /var/cache/livecd
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001:10001
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar application.jar \"$@\"", "livecd"]
