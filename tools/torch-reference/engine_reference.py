#!/usr/bin/env python3
"""An independent PyTorch implementation of MoeLab's training engine, for the parity test.

It rebuilds the model a MoeLab checkpoint describes (RMSNorm, rotary, causal grouped-query attention, SwiGLU,
top-k MoE with renormalised gates, Switch load-balancing loss, router z-loss, tied or untied LM head), loads the
checkpoint's weights, trains on the batches it is given with torch's autograd and torch.optim.AdamW (decay on
matrices only, global-norm clipping, warm-up then cosine or WSD learning rate), and writes what it saw: the
per-step losses and the logits of a last, held-out batch after training.

Nothing is shared with the engine but the file formats: the checkpoint (safetensors, read here by hand) and the
batches file (little-endian int32: steps+1 batches of tokens then targets, each B x T; the last one is evaluated).

    /usr/bin/python3 tools/torch-reference/engine_reference.py --checkpoint init.safetensors \
        --batches batches.bin --out result.json --logits logits.f32
"""
import argparse
import json
import math
import struct

import torch
import torch.nn.functional as F


def read_safetensors(path):
    with open(path, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
        data = f.read()
    metadata = header.pop("__metadata__", {})
    tensors = {}
    for name, entry in header.items():
        assert entry["dtype"] == "F32", f"{name}: {entry['dtype']}"
        start, end = entry["data_offsets"]
        tensors[name] = torch.frombuffer(bytearray(data[start:end]), dtype=torch.float32).reshape(entry["shape"]).clone()
    return tensors, metadata


def rms_norm(x, weight, eps):
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps) * weight


def rotary(x, theta):
    # x: (B, T, H, hd); rotates each adjacent pair (2i, 2i+1) by t * theta^(-2i/hd).
    _, t, _, hd = x.shape
    i = torch.arange(hd // 2, dtype=torch.float64)
    angle = torch.arange(t, dtype=torch.float64)[:, None] * theta ** (-2.0 * i / hd)[None, :]
    cos, sin = angle.cos().float()[None, :, None, :], angle.sin().float()[None, :, None, :]
    x0, x1 = x[..., 0::2], x[..., 1::2]
    return torch.stack((x0 * cos - x1 * sin, x0 * sin + x1 * cos), dim=-1).flatten(-2)


def swiglu(x, w1, w3, w2):
    return (F.silu(x @ w1.T) * (x @ w3.T)) @ w2.T


class Reference:
    def __init__(self, config, tensors):
        self.c = config
        self.p = {name: t.requires_grad_(True) for name, t in tensors.items() if not name.startswith("optimizer.")}

    def forward(self, tokens, targets=None):
        c, p = self.c, self.p
        b, t = tokens.shape
        d, nh, nkv = c["ModelDim"], c["Heads"], c["KvHeads"]
        hd = c["HeadDim"] or d // nh
        eps = c["NormEpsilon"]
        x = p["tok_embeddings.weight"][tokens]
        aux = torch.zeros((), dtype=torch.float64)
        for layer in range(c["Layers"]):
            pre = f"layers.{layer}."
            xn = rms_norm(x, p[pre + "attention_norm.weight"], eps)
            q = rotary((xn @ p[pre + "attention.wq.weight"].T).view(b, t, nh, hd), c["RopeTheta"])
            k = rotary((xn @ p[pre + "attention.wk.weight"].T).view(b, t, nkv, hd), c["RopeTheta"])
            v = (xn @ p[pre + "attention.wv.weight"].T).view(b, t, nkv, hd)
            k, v = (z.repeat_interleave(nh // nkv, dim=2) for z in (k, v))
            scores = torch.einsum("bqhd,bkhd->bhqk", q, k) / math.sqrt(hd)
            mask = torch.ones(t, t, dtype=torch.bool).tril()
            attention = scores.masked_fill(~mask, float("-inf")).softmax(-1)
            o = torch.einsum("bhqk,bkhd->bqhd", attention, v).reshape(b, t, nh * hd)
            x = x + o @ p[pre + "attention.wo.weight"].T
            xn = rms_norm(x, p[pre + "ffn_norm.weight"], eps)
            moe = c["Experts"] > 0 and layer >= c["FirstDenseLayers"]
            if moe:
                out, layer_aux = self.moe(xn.reshape(b * t, d), pre)
                x = x + out.view(b, t, d)
                aux = aux + layer_aux
            else:
                f = pre + "feed_forward."
                x = x + swiglu(xn, p[f + "w1.weight"], p[f + "w3.weight"], p[f + "w2.weight"])
        x = rms_norm(x, p["norm.weight"], eps)
        head = p["tok_embeddings.weight"] if c["TiedEmbeddings"] else p["output.weight"]
        logits = x @ head.T
        if targets is None:
            return logits, None, None
        ce = F.cross_entropy(logits.view(b * t, -1), targets.reshape(-1))
        return logits, ce, aux

    def moe(self, x, pre):
        c, p = self.c, self.p
        n, e, k = x.shape[0], c["Experts"], c["TopK"]
        logits = x @ p[pre + "moe.gate.weight"].T
        probs = logits.softmax(-1)
        top, chosen = probs.topk(k, dim=-1)
        gates = top / top.sum(-1, keepdim=True)
        out = torch.zeros_like(x)
        w1, w3, w2 = (p[pre + "moe.experts." + w] for w in ("w1", "w3", "w2"))
        for expert in range(e):
            rows, slot = (chosen == expert).nonzero(as_tuple=True)
            if rows.numel():
                out = out.index_add(0, rows, swiglu(x[rows], w1[expert], w3[expert], w2[expert]) * gates[rows, slot, None])
        if c["SharedExperts"] > 0:
            s = pre + "moe.shared_experts."
            out = out + swiglu(x, p[s + "w1.weight"], p[s + "w3.weight"], p[s + "w2.weight"])
        # Switch load balancing: the load fractions are counts (no gradient), the mean probabilities carry it.
        load = torch.zeros(e, dtype=torch.float64).index_add(0, chosen.reshape(-1), torch.ones(n * k, dtype=torch.float64)) / (n * k)
        balance = c["LoadBalanceCoef"] * e * (load * probs.double().mean(0)).sum()
        z = c["RouterZLossCoef"] * logits.double().logsumexp(-1).pow(2).mean()
        return out, balance + z


def learning_rate(o, step):
    peak, floor, warmup, total = o["PeakLearningRate"], o["MinLearningRate"], o["WarmupSteps"], o["Steps"]
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = min(1.0, max(0.0, (step - warmup) / max(1, total - warmup)))
    if o["Schedule"] in (0, "Cosine"):
        return floor + 0.5 * (peak - floor) * (1 + math.cos(math.pi * progress))
    decay_steps = round(o["DecayFraction"] * total)
    start = total - decay_steps
    if step < start or decay_steps == 0:
        return peak
    return peak + (floor - peak) * min(1.0, (step - start + 1) / decay_steps)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkpoint", required=True, help="a MoeLab checkpoint (the weights to start from)")
    parser.add_argument("--batches", required=True, help="int32 tokens and targets of steps + 1 batches")
    parser.add_argument("--out", required=True, help="JSON of the per-step losses")
    parser.add_argument("--logits", required=True, help="float32 logits (B*T, V) of the last batch after training")
    parser.add_argument("--steps", type=int, help="train this many steps (default: the checkpoint's)")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    tensors, metadata = read_safetensors(args.checkpoint)
    config, options = json.loads(metadata["config"]), json.loads(metadata["training"])
    steps = args.steps or options["Steps"]
    b, t = options["BatchSize"], options["SequenceLength"]
    assert options["AccumulationSteps"] == 1, "the reference trains without gradient accumulation"
    batches = torch.frombuffer(bytearray(open(args.batches, "rb").read()), dtype=torch.int32).long().view(-1, 2, b, t)
    assert batches.shape[0] == steps + 1, f"{batches.shape[0]} batches for {steps} steps + 1"

    model = Reference(config, tensors)
    matrices = [w for w in model.p.values() if w.dim() >= 2]
    gains = [w for w in model.p.values() if w.dim() < 2]
    optimizer = torch.optim.AdamW([{"params": matrices, "weight_decay": options["WeightDecay"]}, {"params": gains, "weight_decay": 0.0}],
                                  lr=options["PeakLearningRate"], betas=(options["Beta1"], options["Beta2"]), eps=1e-8)
    losses, cross_entropy, norms = [], [], []
    for step in range(steps):
        optimizer.zero_grad()
        _, ce, aux = model.forward(batches[step, 0], batches[step, 1])
        (ce + aux.float()).backward()
        norm = math.sqrt(sum(float(w.grad.double().pow(2).sum()) for w in model.p.values()))
        clip = options["GradientClip"]
        if clip > 0 and norm > clip:
            for w in model.p.values():
                w.grad.mul_(clip / norm)
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(options, step)
        optimizer.step()
        losses.append(float(ce) + float(aux))
        cross_entropy.append(float(ce))
        norms.append(norm)
    with torch.no_grad():
        logits, _, _ = model.forward(batches[steps, 0])
    logits.reshape(b * t, -1).contiguous().numpy().astype("<f4").tofile(args.logits)
    with open(args.out, "w") as f:
        json.dump({"torch": torch.__version__, "losses": losses, "cross_entropy": cross_entropy, "gradient_norms": norms}, f)


if __name__ == "__main__":
    main()
