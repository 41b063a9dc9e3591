package io.statementwarehouse.ingest;

import java.io.Serializable;

/**
 * One file found under the input paths. Serializable because the discovered list is kept in the
 * job's ExecutionContext, so that a restarted run reads exactly the files the first attempt saw.
 */
public record InputFile(String path, long size, String sha256, InputFormat format, boolean gzip)
        implements Serializable {
}
