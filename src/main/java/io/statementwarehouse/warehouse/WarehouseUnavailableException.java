package io.statementwarehouse.warehouse;

import java.sql.SQLException;

/** The warehouse cannot be opened for a reason a user can act on; the message says what to do. */
public class WarehouseUnavailableException extends SQLException {

    public WarehouseUnavailableException(String message) {
        super(message);
    }

    public WarehouseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
