package org.socialsim.workbench.notebook.internal;

import java.util.Locale;
import org.socialsim.workbench.notebook.Html;

/**
 * The words of a progress line: task, count/total, percent, rate, elapsed time and ETA while running; count, time and
 * rate when finished. Plain text and HTML (with a native progress bar).
 */
public final class ProgressText {
    private static final int BAR = 24;

    private ProgressText() {
    }

    /** The line while work is under way. */
    public static Html running(String task, long done, long total, long elapsedNanos, String message) {
        double secs = elapsedNanos / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        StringBuilder t = new StringBuilder();
        if (total > 0) {
            double frac = Math.min(1, (double) done / total);
            t.append(String.format(Locale.ROOT, "%,d/%,d %3.0f%%", done, total, 100 * frac));
        } else {
            t.append(String.format(Locale.ROOT, "%,d done", done));
        }
        t.append(String.format(Locale.ROOT, " · %s · %s elapsed", rate(rate), clock(secs)));
        if (total > 0 && done < total && rate > 0) {
            t.append(" · ETA ").append(clock((total - done) / rate));
        }
        return line(task, t.toString(), message, total > 0 ? done : -1, total);
    }

    /** The summary once the task is closed. */
    public static Html finished(String task, long done, long total, long elapsedNanos, String message) {
        double secs = elapsedNanos / 1e9;
        String count = total > 0 && done != total ? String.format(Locale.ROOT, "%,d/%,d", done, total)
                : String.format(Locale.ROOT, "%,d", done);
        String t = String.format(Locale.ROOT, "%s %s in %s (%s)", total > 0 && done < total ? "stopped at" : "done",
                count, clock(secs), rate(secs > 0 ? done / secs : 0));
        return line(task, t, message, total > 0 ? done : -1, total);
    }

    /** Seconds as m:ss, or h:mm:ss from an hour on. */
    static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond >= 100 ? "%,.0f/s" : perSecond >= 1 ? "%.1f/s" : "%.2f/s",
                perSecond);
    }

    private static Html line(String task, String body, String message, long done, long total) {
        String extra = message == null || message.isBlank() ? "" : " · " + message;
        String bar = "";
        String htmlBar = "";
        if (done >= 0) {
            int filled = (int) Math.round(BAR * Math.min(1, (double) done / total));
            bar = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] ";
            htmlBar = String.format(Locale.ROOT, "<progress value=\"%d\" max=\"%d\" style=\"width:14em;height:0.9em;"
                    + "vertical-align:middle;margin-right:0.6em\"></progress>", Math.min(done, total), total);
        }
        String text = task + " " + bar + body + extra;
        String html = "<div style=\"font-family:monospace;font-size:12.5px;white-space:pre\">"
                + "<b>" + Html.escape(task) + "</b> " + htmlBar + Html.escape(body + extra) + "</div>";
        return new Html(html, text);
    }
}
