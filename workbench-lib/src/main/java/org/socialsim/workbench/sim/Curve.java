package org.socialsim.workbench.sim;

import java.util.Arrays;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * A curve y(t) sampled at increasing times, read between samples by linear interpolation and held flat beyond the
 * ends. Observed cascade curves are per minute; simulated ones per step (see {@link #scaleTime}).
 *
 * @param name a label
 * @param time sample times, strictly increasing
 * @param value the values at those times
 */
public record Curve(String name, double[] time, double[] value) {
    public Curve {
        Objects.requireNonNull(name, "name");
        if (time.length != value.length) {
            throw new IllegalArgumentException("curve '" + name + "': " + time.length + " times but " + value.length
                    + " values");
        }
        if (time.length == 0) {
            throw new IllegalArgumentException("curve '" + name + "' is empty");
        }
        for (int i = 1; i < time.length; i++) {
            if (!(time[i] > time[i - 1])) {
                throw new IllegalArgumentException("curve '" + name + "': times must increase, but t[" + i + "] = "
                        + time[i] + " follows " + time[i - 1]);
            }
        }
        time = time.clone();
        value = value.clone();
    }

    /** A curve from two numeric columns of a table. */
    public static Curve of(Table table, String timeColumn, String valueColumn) {
        NumericColumn<?> t = table.numberColumn(timeColumn);
        NumericColumn<?> v = table.numberColumn(valueColumn);
        return new Curve(table.name() + ":" + valueColumn, t.asDoubleArray(), v.asDoubleArray());
    }

    /** The value at time t (linear between samples, flat outside). */
    public double at(double t) {
        if (t <= time[0]) {
            return value[0];
        }
        int last = time.length - 1;
        if (t >= time[last]) {
            return value[last];
        }
        int i = Arrays.binarySearch(time, t);
        if (i >= 0) {
            return value[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double f = (t - time[lo]) / (time[hi] - time[lo]);
        return value[lo] + f * (value[hi] - value[lo]);
    }

    /** The values at the given times. */
    public double[] at(double[] times) {
        double[] out = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            out[i] = at(times[i]);
        }
        return out;
    }

    /** The same curve with every time multiplied by {@code factor} (e.g. minutes per simulation step). */
    public Curve scaleTime(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("time factor must be positive, was " + factor);
        }
        double[] t = time.clone();
        for (int i = 0; i < t.length; i++) {
            t[i] *= factor;
        }
        return new Curve(name, t, value);
    }

    /** The same curve under another name. */
    public Curve named(String newName) {
        return new Curve(newName, time, value);
    }

    public double start() {
        return time[0];
    }

    public double end() {
        return time[time.length - 1];
    }

    /** {@code count} evenly spaced times from {@code from} to {@code to} (both included). */
    public static double[] grid(double from, double to, int count) {
        if (count < 2 || !(to > from)) {
            throw new IllegalArgumentException("grid needs count >= 2 and to > from, got " + count + ", [" + from
                    + ", " + to + "]");
        }
        double[] g = new double[count];
        for (int i = 0; i < count; i++) {
            g[i] = from + (to - from) * i / (count - 1);
        }
        return g;
    }

    /** Time and value columns named "time" and the curve's name. */
    public Table table() {
        return Table.create(name, DoubleColumn.create("time", time), DoubleColumn.create(name, value));
    }

    /** Several curves read at the same times: a "time" column and one column per curve (for plotting them together). */
    public static Table table(String name, double[] times, Curve... curves) {
        Table t = Table.create(name, DoubleColumn.create("time", times));
        for (Curve c : curves) {
            t.addColumns(DoubleColumn.create(c.name(), c.at(times)));
        }
        return t;
    }

    /**
     * Several curves read at the same times in long form, for plotting as series: columns "time", "value" and
     * "curve" (the curve's name).
     */
    public static Table longTable(String name, double[] times, Curve... curves) {
        int rows = times.length * curves.length;
        double[] t = new double[rows];
        double[] v = new double[rows];
        String[] c = new String[rows];
        int k = 0;
        for (Curve curve : curves) {
            double[] y = curve.at(times);
            for (int i = 0; i < times.length; i++) {
                t[k] = times[i];
                v[k] = y[i];
                c[k++] = curve.name();
            }
        }
        return Table.create(name, DoubleColumn.create("time", t), DoubleColumn.create("value", v),
                tech.tablesaw.api.StringColumn.create("curve", c));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Curve c && name.equals(c.name) && Arrays.equals(time, c.time)
                && Arrays.equals(value, c.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(time), Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "Curve[" + name + ", " + time.length + " points, t in [" + start() + ", " + end() + "]]";
    }
}
