package vn.dannguyen.attachment;

import java.io.Serializable;

/** A file as received from the browser, before it is checked and stored. */
public record Upload(String originalName, byte[] content) implements Serializable {

    public long size() {
        return content.length;
    }
}
