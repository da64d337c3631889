package org.digitalcentre.backup;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A real H2 file database for these tests, with the app's tables (its Flyway migrations) and a pool as in the app. */
final class H2Files {

    private H2Files() {
    }

    /** A pooled data source on {@code <folder>/digital-centre}, as Spring Boot would make it. */
    static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(4);
        return pool;
    }

    static String fileUrl(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(BackupService.DATABASE_NAME);
    }

    static void migrate(javax.sql.DataSource dataSource, String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    static void addCentre(javax.sql.DataSource dataSource, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var insert = connection.prepareStatement("insert into centre (name) values (?)")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
    }

    static List<String> centres(javax.sql.DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return centres(connection);
        }
    }

    /** The centres' names in a database opened with plain JDBC (a restored one). */
    static List<String> centresIn(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database + ";IFEXISTS=TRUE",
                "sa", "")) {
            return centres(connection);
        }
    }

    private static List<String> centres(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name from centre order by id")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
