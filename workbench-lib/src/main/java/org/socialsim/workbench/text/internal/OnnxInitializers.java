package org.socialsim.workbench.text.internal;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the float weights (initializers) of an ONNX model straight from its protobuf wire format, without the ONNX
 * schema classes. Weights that an exporter left unnamed (the {@code onnx::MatMul_787} inputs of MatMul nodes) are
 * renamed after the node that uses them, so {@code /encoder/layer.0/attention/self/query/MatMul} yields
 * {@code encoder.layer.0.attention.self.query.weight}; such weights keep ONNX's [in, out] layout.
 *
 * <p>Field numbers come from onnx.proto: ModelProto.graph = 7; GraphProto.node = 1, initializer = 5;
 * NodeProto.input = 1, name = 3, op_type = 4; TensorProto.dims = 1, data_type = 2, float_data = 4, name = 8,
 * raw_data = 9.
 */
public final class OnnxInitializers {
    private static final int FLOAT = 1;

    private OnnxInitializers() {
    }

    /** One float tensor: its shape and its values in row-major order. */
    public record Tensor(String name, long[] shape, float[] values) {
        public Tensor {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            if (n != values.length) {
                throw new IllegalArgumentException("tensor " + name + ": shape holds " + n + " values, data "
                        + values.length);
            }
        }
    }

    private record Node(String name, String opType, List<String> inputs) {
    }

    /**
     * Reads every float initializer of a model.
     *
     * @param model  the .onnx file's bytes
     * @param source where the bytes came from, for error messages
     * @return the tensors by name, in file order
     */
    public static Map<String, Tensor> read(byte[] model, String source) {
        try {
            CodedInputStream in = CodedInputStream.newInstance(model);
            in.enableAliasing(true);
            in.setSizeLimit(Integer.MAX_VALUE);
            Map<String, Tensor> tensors = new LinkedHashMap<>();
            List<Node> nodes = new ArrayList<>();
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                if (WireFormat.getTagFieldNumber(tag) == 7) {
                    int limit = in.pushLimit(in.readRawVarint32());
                    readGraph(in, tensors, nodes);
                    in.popLimit(limit);
                } else {
                    in.skipField(tag);
                }
            }
            if (tensors.isEmpty()) {
                throw new IllegalArgumentException(source + " holds no float initializers (is it an ONNX model?)");
            }
            return renameMatMulWeights(tensors, nodes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the ONNX model " + source + ": " + e.getMessage(), e);
        }
    }

    private static void readGraph(CodedInputStream in, Map<String, Tensor> tensors, List<Node> nodes)
            throws IOException {
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == 1 || field == 5) {
                int limit = in.pushLimit(in.readRawVarint32());
                if (field == 1) {
                    nodes.add(readNode(in));
                } else {
                    Tensor t = readTensor(in);
                    if (t != null) {
                        tensors.put(t.name(), t);
                    }
                }
                in.popLimit(limit);
            } else {
                in.skipField(tag);
            }
        }
    }

    private static Node readNode(CodedInputStream in) throws IOException {
        List<String> inputs = new ArrayList<>();
        String name = "";
        String op = "";
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case 1 -> inputs.add(in.readStringRequireUtf8());
                case 3 -> name = in.readStringRequireUtf8();
                case 4 -> op = in.readStringRequireUtf8();
                default -> in.skipField(tag);
            }
        }
        return new Node(name, op, inputs);
    }

    /** A float tensor, or null for other element types (e.g. the int64 position ids). */
    private static Tensor readTensor(CodedInputStream in) throws IOException {
        List<Long> dims = new ArrayList<>();
        int type = 0;
        String name = "";
        ByteString raw = null;
        List<Float> floats = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            int field = WireFormat.getTagFieldNumber(tag);
            boolean packed = WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED;
            switch (field) {
                case 1 -> repeated(in, packed, () -> dims.add(in.readInt64()));
                case 2 -> type = in.readInt32();
                case 4 -> repeated(in, packed, () -> floats.add(in.readFloat()));
                case 8 -> name = in.readStringRequireUtf8();
                case 9 -> raw = in.readBytes();
                default -> in.skipField(tag);
            }
        }
        if (type != FLOAT) {
            return null;
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        float[] values;
        if (raw != null) {
            values = new float[raw.size() / Float.BYTES];
            raw.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        } else {
            values = new float[floats.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = floats.get(i);
            }
        }
        return new Tensor(name, shape, values);
    }

    private interface FieldReader {
        void read() throws IOException;
    }

    /** Reads a repeated scalar field: one value, or a packed run of values. */
    private static void repeated(CodedInputStream in, boolean packed, FieldReader reader) throws IOException {
        if (!packed) {
            reader.read();
            return;
        }
        int limit = in.pushLimit(in.readRawVarint32());
        while (in.getBytesUntilLimit() > 0) {
            reader.read();
        }
        in.popLimit(limit);
    }

    private static Map<String, Tensor> renameMatMulWeights(Map<String, Tensor> tensors, List<Node> nodes) {
        Map<String, String> rename = new HashMap<>();
        for (Node n : nodes) {
            if (n.opType().equals("MatMul") && n.inputs().size() == 2 && tensors.containsKey(n.inputs().get(1))
                    && n.name().endsWith("/MatMul")) {
                String path = n.name().substring(n.name().startsWith("/") ? 1 : 0, n.name().length() - 7);
                rename.put(n.inputs().get(1), path.replace('/', '.') + ".weight");
            }
        }
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Tensor t : tensors.values()) {
            String name = rename.getOrDefault(t.name(), t.name());
            out.put(name, new Tensor(name, t.shape(), t.values()));
        }
        return out;
    }
}
