package io.statementwarehouse.web;

/** Links into the release page. Release keys are numbers, so these need no encoding. */
public final class ReleaseLinks {

    private ReleaseLinks() {
    }

    public static String release(long releaseKey) {
        return "/release/" + releaseKey;
    }

    /** The release with one sentence marked as the target, scrolled to it. */
    public static String sentence(long releaseKey, int sentenceNo) {
        return "/release/" + releaseKey + "?s=" + sentenceNo + "#s" + sentenceNo;
    }
}
