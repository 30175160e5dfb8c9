package dev.uniform.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The physical limit of the driver: the same get-by-id endpoint as the sample service, on the reactive PostgreSQL
 * client alone, with the same pool size and JSON shape. Configured by PORT, PG_PORT, PG_DATABASE and PG_USER.
 */
public final class RawVertxApp extends AbstractVerticle {

    private static final String GET_BY_ID = "select id, code, name, price, status, created_at, updated_at, version"
            + " from products where id = $1";

    private Pool pool;

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        int instances = VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
        vertx.deployVerticle(RawVertxApp::new, new DeploymentOptions().setInstances(instances))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    @Override
    public void start(Promise<Void> started) {
        PgConnectOptions database = new PgConnectOptions()
                .setHost("localhost")
                .setPort(Integer.parseInt(System.getenv("PG_PORT")))
                .setDatabase(System.getenv().getOrDefault("PG_DATABASE", "postgres"))
                .setUser(System.getenv().getOrDefault("PG_USER", "postgres"))
                .setCachePreparedStatements(true);
        pool = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(20))
                .connectingTo(database)
                .using(vertx)
                .build();
        vertx.createHttpServer()
                .requestHandler(this::handle)
                .listen(Integer.parseInt(System.getenv("PORT")))
                .<Void>mapEmpty()
                .onComplete(started);
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/ready")) {
            request.response().end("UP");
        } else if (path.startsWith("/products/")) {
            getById(request, Long.parseLong(path.substring("/products/".length())));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private void getById(HttpServerRequest request, long id) {
        pool.preparedQuery(GET_BY_ID).execute(Tuple.of(id)).onComplete(result -> {
            if (result.failed()) {
                request.response().setStatusCode(500).end();
            } else if (result.result().size() == 0) {
                request.response().setStatusCode(404).end();
            } else {
                request.response()
                        .putHeader("Content-Type", "application/json")
                        .end(toJson(result.result().iterator().next()).encode());
            }
        });
    }

    private static JsonObject toJson(Row row) {
        return new JsonObject()
                .put("id", row.getLong("id"))
                .put("code", row.getString("code"))
                .put("name", row.getString("name"))
                .put("price", row.getBigDecimal("price"))
                .put("status", row.getString("status"))
                .put("createdAt", row.getOffsetDateTime("created_at").toInstant().toString())
                .put("updatedAt", row.getOffsetDateTime("updated_at").toInstant().toString())
                .put("version", row.getLong("version"));
    }
}
