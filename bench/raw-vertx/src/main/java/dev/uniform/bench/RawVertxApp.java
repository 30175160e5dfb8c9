package dev.uniform.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The physical limit of the driver: the benchmark's endpoints on the reactive PostgreSQL client alone, with the same
 * pool size, SQL and JSON shapes as the sample service, and no framework. Configured by PORT, PG_PORT, PG_DATABASE
 * and PG_USER.
 */
public final class RawVertxApp extends AbstractVerticle {

    private static final String COLUMNS = "id, code, name, price, status, created_at, updated_at, version";
    private static final String GET_BY_ID = "select " + COLUMNS + " from products where id = $1";
    private static final String COUNT = "select count(*) from products";
    private static final String INSERT = "insert into products (" + COLUMNS + ")"
            + " values (nextval('products_seq'), $1, $2, $3, $4, now(), now(), 0) returning " + COLUMNS;
    private static final String EXPORT = "select " + COLUMNS + " from products order by id";
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "name", "name", "price", "price", "createdAt", "created_at", "updatedAt", "updated_at");
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,31}$");
    private static final Set<String> STATUSES = Set.of("DRAFT", "ACTIVE", "ARCHIVED");
    private static final int EXPORT_FETCH = 500;
    /** Connections of the whole process, as every system has; each event loop's verticle owns its share. */
    private static final int POOL_SIZE = 20;

    private final int poolShare;
    private Pool pool;

    private RawVertxApp(int poolShare) {
        this.poolShare = poolShare;
    }

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        int instances = VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
        int poolShare = Math.max(1, POOL_SIZE / instances);
        vertx.deployVerticle(() -> new RawVertxApp(poolShare), new DeploymentOptions().setInstances(instances))
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
                .with(new PoolOptions().setMaxSize(poolShare))
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
        HttpMethod method = request.method();
        if (path.equals("/ready")) {
            request.response().end("UP");
        } else if (path.equals("/products/export") && method == HttpMethod.GET) {
            export(request.response());
        } else if (path.startsWith("/products/") && method == HttpMethod.GET) {
            getById(request, path.substring("/products/".length()));
        } else if (path.equals("/products") && method == HttpMethod.GET) {
            list(request);
        } else if (path.equals("/products") && method == HttpMethod.POST) {
            request.body().onSuccess(body -> create(request.response(), body));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private void getById(HttpServerRequest request, String id) {
        if (!id.matches("\\d{1,18}")) {
            request.response().setStatusCode(400).end();
            return;
        }
        pool.preparedQuery(GET_BY_ID).execute(Tuple.of(Long.parseLong(id))).onComplete(result -> {
            if (result.failed()) {
                request.response().setStatusCode(500).end();
            } else if (result.result().size() == 0) {
                request.response().setStatusCode(404).end();
            } else {
                json(request.response(), 200, toJson(result.result().iterator().next()));
            }
        });
    }

    /** A page of products sorted by one field, ties broken by identifier, with the total count: two queries. */
    private void list(HttpServerRequest request) {
        int page = intParam(request, "page", 0);
        int size = intParam(request, "size", 20);
        String sort = request.getParam("sort", "name");
        boolean descending = sort.startsWith("-");
        String column = SORTABLE.get(descending ? sort.substring(1) : sort);
        if (page < 0 || size < 1 || size > 100 || column == null) {
            request.response().setStatusCode(400).end();
            return;
        }
        String select = "select " + COLUMNS + " from products order by " + column + (descending ? " desc" : "")
                + ", id limit $1 offset $2";
        pool.withConnection(connection -> connection.preparedQuery(COUNT).execute().compose(count -> connection
                        .preparedQuery(select)
                        .execute(Tuple.of(size, (long) page * size))
                        .map(rows -> toPage(rows, page, size, count.iterator().next().getLong(0)))))
                .onSuccess(body -> json(request.response(), 200, body))
                .onFailure(failure -> request.response().setStatusCode(500).end());
    }

    private static JsonObject toPage(RowSet<Row> rows, int page, int size, long total) {
        JsonArray items = new JsonArray();
        rows.forEach(row -> items.add(toJson(row)));
        return new JsonObject()
                .put("items", items)
                .put("page", page)
                .put("size", size)
                .put("totalItems", total)
                .put("totalPages", (total + size - 1) / size);
    }

    /** Checks the fields as the sample service does, then inserts in a transaction; a taken code is a 409. */
    private void create(HttpServerResponse response, Buffer body) {
        JsonObject product;
        try {
            product = body.toJsonObject();
        } catch (RuntimeException malformed) {
            response.setStatusCode(400).end();
            return;
        }
        String code = product.getValue("code") instanceof String text ? text : null;
        String name = product.getValue("name") instanceof String text ? text : null;
        BigDecimal price = product.getValue("price") instanceof Number number ? new BigDecimal(number.toString()) : null;
        String status = product.getValue("status") instanceof String text ? text : null;
        if (code == null || !CODE.matcher(code).matches() || name == null || name.isBlank() || name.length() > 120
                || price == null || price.signum() <= 0 || price.scale() > 2 || price.precision() - price.scale() > 10
                || !STATUSES.contains(status)) {
            response.setStatusCode(400).end();
            return;
        }
        pool.withTransaction(connection ->
                        connection.preparedQuery(INSERT).execute(Tuple.of(code, name, price, status)))
                .onSuccess(rows -> {
                    JsonObject created = toJson(rows.iterator().next());
                    response.putHeader("Location", "/products/" + created.getLong("id"));
                    json(response, 201, created);
                })
                .onFailure(failure -> response.setStatusCode(isUniqueViolation(failure) ? 409 : 500)
                        .end());
    }

    /** Every product as NDJSON from a cursor, fetched 500 rows at a time and paused while the client is behind. */
    private void export(HttpServerResponse response) {
        pool.getConnection().onSuccess(connection -> connection.begin().compose(tx -> connection.prepare(EXPORT))
                .onSuccess(statement -> {
                    response.setChunked(true).putHeader("Content-Type", "application/x-ndjson");
                    RowStream<Row> rows = statement.createStream(EXPORT_FETCH);
                    rows.exceptionHandler(failure -> finish(connection, response::reset));
                    rows.endHandler(done -> finish(connection, response::end));
                    rows.handler(row -> {
                        response.write(toJson(row).toBuffer().appendByte((byte) '\n'));
                        if (response.writeQueueFull()) {
                            rows.pause();
                            response.drainHandler(drained -> rows.resume());
                        }
                    });
                })
                .onFailure(failure -> finish(connection, () -> response.setStatusCode(500).end())))
                .onFailure(failure -> response.setStatusCode(500).end());
    }

    /** Ends the read-only transaction and hands the connection back to the pool. */
    private static void finish(SqlConnection connection, Runnable then) {
        Future<Void> ended = connection.transaction() == null ? Future.succeededFuture() : connection.transaction().rollback();
        ended.eventually(v -> connection.close()).onComplete(v -> then.run());
    }

    private static boolean isUniqueViolation(Throwable failure) {
        return failure instanceof PgException database && "23505".equals(database.getSqlState());
    }

    /** The parameter as a number, the fallback when it is absent, or -1 (refused by the caller) when malformed. */
    private static int intParam(HttpServerRequest request, String name, int fallback) {
        String value = request.getParam(name);
        if (value == null) {
            return fallback;
        }
        return value.matches("\\d{1,9}") ? Integer.parseInt(value) : -1;
    }

    private static void json(HttpServerResponse response, int status, JsonObject body) {
        response.setStatusCode(status).putHeader("Content-Type", "application/json").end(body.toBuffer());
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
