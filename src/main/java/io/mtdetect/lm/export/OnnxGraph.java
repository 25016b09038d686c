package io.mtdetect.lm.export;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A small builder over ONNX's protobuf messages (from tribuo-util-onnx): named initializers, nodes
 * whose outputs get fresh names, graph inputs and outputs with symbolic dimensions. Only what the
 * transformer export needs; every tensor is written as little-endian raw data, as ONNX requires.
 */
final class OnnxGraph {
  static final int FLOAT = TensorProto.DataType.FLOAT_VALUE;
  static final int INT64 = TensorProto.DataType.INT64_VALUE;
  static final int INT8 = TensorProto.DataType.INT8_VALUE;

  private final GraphProto.Builder graph;
  private int fresh;

  OnnxGraph(String name) {
    graph = GraphProto.newBuilder().setName(name);
  }

  /** A float initializer of the given shape. */
  String floats(String name, float[] data, long... dims) {
    ByteBuffer bytes = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(data);
    return initializer(name, FLOAT, bytes, dims);
  }

  String longs(String name, long[] data, long... dims) {
    ByteBuffer bytes = ByteBuffer.allocate(8 * data.length).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asLongBuffer().put(data);
    return initializer(name, INT64, bytes, dims);
  }

  String bytes(String name, byte[] data, long... dims) {
    return initializer(name, INT8, ByteBuffer.wrap(data), dims);
  }

  /** A one-dimensional int64 constant (shapes, axes, slice bounds). */
  String longs(long... data) {
    return longs(name("const"), data, data.length);
  }

  /** A float scalar constant. */
  String scalar(float value) {
    return floats(name("scalar"), new float[] {value});
  }

  private String initializer(String name, int type, ByteBuffer bytes, long... dims) {
    TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(type).setRawData(ByteString.copyFrom(bytes.rewind()));
    for (long d : dims) {
      t.addDims(d);
    }
    graph.addInitializer(t);
    return name;
  }

  /** A node with one output, named after its operator. */
  String node(String op, String[] inputs, AttributeProto... attributes) {
    return nodeWithOutputs(op, 1, inputs, attributes)[0];
  }

  String node(String op, String input, AttributeProto... attributes) {
    return node(op, new String[] {input}, attributes);
  }

  String[] nodeWithOutputs(String op, int outputs, String[] inputs, AttributeProto... attributes) {
    NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(name(op));
    for (String in : inputs) {
      n.addInput(in);
    }
    String[] out = new String[outputs];
    for (int i = 0; i < outputs; i++) {
      out[i] = name(op.toLowerCase() + "_out");
      n.addOutput(out[i]);
    }
    for (AttributeProto a : attributes) {
      n.addAttribute(a);
    }
    graph.addNode(n);
    return out;
  }

  /** Gives a node's result a stable public name (for graph outputs). */
  String rename(String value, String name) {
    graph.addNode(NodeProto.newBuilder().setOpType("Identity").setName(name("identity")).addInput(value).addOutput(name));
    return name;
  }

  void input(String name, int type, String... dims) {
    graph.addInput(valueInfo(name, type, dims));
  }

  void output(String name, int type, String... dims) {
    graph.addOutput(valueInfo(name, type, dims));
  }

  private static ValueInfoProto valueInfo(String name, int type, String... dims) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (String d : dims) {
      shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(d));
    }
    return ValueInfoProto.newBuilder().setName(name)
        .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(type).setShape(shape)))
        .build();
  }

  static AttributeProto attribute(String name, long value) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
  }

  static AttributeProto attribute(String name, float value) {
    return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOAT).setF(value).build();
  }

  static AttributeProto attribute(String name, long... values) {
    AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long v : values) {
      a.addInts(v);
    }
    return a.build();
  }

  private String name(String hint) {
    return hint + "_" + fresh++;
  }

  /** The finished model: ONNX IR 8, default opset {@code opset}. */
  ModelProto model(int opset, String producer) {
    return ModelProto.newBuilder().setIrVersion(8).setProducerName(producer)
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset)).setGraph(graph).build();
  }
}
