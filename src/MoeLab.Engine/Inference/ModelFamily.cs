namespace MoeLab.Engine.Inference;

/// <summary>
/// Whose conventions a set of weights follows. The families differ in tensor names and in rotary layout: the engine
/// rotates adjacent pairs (2i, 2i+1), Hugging Face Mixtral rotates halves (i, i + hd/2) ("rotate_half").
/// Router (softmax over all experts, top-k, renormalise the k gates), RMSNorm and SwiGLU experts are the same math.
/// </summary>
public enum ModelFamily
{
    /// <summary>Checkpoints of `moelab train` (metadata format "moelab-engine-checkpoint").</summary>
    Engine,
    /// <summary>Hugging Face Mixtral naming (model.layers.{i}.block_sparse_moe.experts.{j}.w1/w3/w2) with its config.json.</summary>
    Mixtral,
}
