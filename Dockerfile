# Builds the application image used by docker-compose.yml (external-server mode).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY cypher cypher
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/treatygraph.jar treatygraph.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/treatygraph.jar"]
