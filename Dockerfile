# Build: provisions the trimmed WildFly with the application (the same as README command 2's build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY wildfly-config wildfly-config
COPY src src
RUN mvn -B -DskipTests -DskipITs package \
 && cp target/dan-nguyen.war target/server/standalone/deployments/ROOT.war

# Run: only the JRE and the provisioned server.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /opt/server dannguyen
COPY --from=build --chown=dannguyen /src/target/server /opt/server
USER dannguyen
EXPOSE 8080
ENV DB_URL=jdbc:mysql://db:3306/dannguyen \
    DB_USER=dannguyen \
    DB_PRODUCT=MySQL DB_MAJOR_VERSION=8 DB_MINOR_VERSION=0
ENTRYPOINT ["/opt/server/bin/standalone.sh", "-b", "0.0.0.0"]
