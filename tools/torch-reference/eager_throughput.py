#!/usr/bin/python3
"""Eager PyTorch training throughput of MoeLab's engine presets, for the engine-vs-PyTorch speed comparison.

The same model as the engine's `train --preset P` (byte vocabulary 256, tied embeddings, RMSNorm, rotary,
grouped-query causal attention, top-k softmax router with renormalised gates, SwiGLU experts grouped per expert,
Switch load-balancing and router z-loss, AdamW with gradient clipping), the same batch (8 sequences of the
context length) and the same threads (2). Float32, eager mode, no torch.compile. Prints one line per preset:

    tiny-moe: 1,234 tokens/s (mean of 5 timed blocks of 20 steps, 2 threads, torch 1.13.0a0)

Run: /usr/bin/python3 tools/torch-reference/eager_throughput.py [--preset tiny-moe ref-10m] [--threads 2]
Thread pools are sized from --threads before torch is imported, and OpenMP waits passively (see below).
(Debian: apt-get install python3-torch). The data are random bytes: throughput does not depend on the text.
"""
import argparse
import math
import os
import sys
import time


def _threads_from_argv(default=2):
    # The thread pools (OpenMP, OpenBLAS) size themselves when torch is imported, so the count must be in the
    # environment before the import; torch.set_num_threads alone left OpenBLAS's own pool at every core, and the two
    # pools fought over 2 cores (the first version of this script measured an implausible 124 tokens/s).
    for i, arg in enumerate(sys.argv):
        if arg == "--threads" and i + 1 < len(sys.argv):
            return int(sys.argv[i + 1])
        if arg.startswith("--threads="):
            return int(arg.split("=", 1)[1])
    return default


_THREADS = _threads_from_argv()
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = str(_THREADS)
# OpenMP's default is to spin at every barrier; on a shared machine a descheduled partner turns each of eager mode's
# thousands of small parallel regions into a lost time slice (measured, 2 threads, load ~17: tiny-moe 665 tokens/s
# spinning vs 8,134 passive). The engine's thread pool sleeps when idle, so passive is the like-for-like setting.
# An explicit OMP_WAIT_POLICY in the environment wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import torch  # noqa: E402  (after the thread environment on purpose)
import torch.nn.functional as F  # noqa: E402

PRESETS = {
    # d, layers, heads, kv heads, experts, top-k, expert width, context; mirrors src/MoeLab.Engine/Model/EnginePresets.cs
    "tiny-moe": dict(dim=64, layers=2, heads=4, kv_heads=2, experts=4, top_k=2, expert_hidden=96, context=64),
    "ref-10m": dict(dim=256, layers=4, heads=8, kv_heads=8, experts=8, top_k=2, expert_hidden=384, context=256),
}
VOCAB = 256


class RmsNorm(torch.nn.Module):
    def __init__(self, dim, eps=1e-5):
        super().__init__()
        self.weight = torch.nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotary_tables(context, head_dim, theta=10000.0):
    freqs = theta ** (-torch.arange(0, head_dim, 2, dtype=torch.float32) / head_dim)
    angles = torch.outer(torch.arange(context, dtype=torch.float32), freqs)
    return angles.cos(), angles.sin()


def apply_rotary(x, cos, sin):  # x: (B, heads, T, hd), pairs (2i, 2i+1)
    t = x.shape[2]
    x1, x2 = x[..., 0::2], x[..., 1::2]
    c, s = cos[:t], sin[:t]
    return torch.stack((x1 * c - x2 * s, x1 * s + x2 * c), dim=-1).flatten(-2)


class Attention(torch.nn.Module):
    def __init__(self, dim, heads, kv_heads):
        super().__init__()
        self.heads, self.kv_heads, self.hd = heads, kv_heads, dim // heads
        self.wq = torch.nn.Linear(dim, heads * self.hd, bias=False)
        self.wk = torch.nn.Linear(dim, kv_heads * self.hd, bias=False)
        self.wv = torch.nn.Linear(dim, kv_heads * self.hd, bias=False)
        self.wo = torch.nn.Linear(heads * self.hd, dim, bias=False)

    def forward(self, x, cos, sin, mask):
        b, t, _ = x.shape
        q = self.wq(x).view(b, t, self.heads, self.hd).transpose(1, 2)
        k = self.wk(x).view(b, t, self.kv_heads, self.hd).transpose(1, 2)
        v = self.wv(x).view(b, t, self.kv_heads, self.hd).transpose(1, 2)
        q, k = apply_rotary(q, cos, sin), apply_rotary(k, cos, sin)
        group = self.heads // self.kv_heads
        k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
        scores = (q @ k.transpose(-2, -1)) / math.sqrt(self.hd)
        att = torch.softmax(scores.masked_fill(mask[:t, :t], float("-inf")), dim=-1)
        return self.wo((att @ v).transpose(1, 2).reshape(b, t, -1))


class MoeFeedForward(torch.nn.Module):
    def __init__(self, dim, experts, top_k, hidden, aux_coef=0.01, z_coef=0.001):
        super().__init__()
        self.experts, self.top_k, self.aux_coef, self.z_coef = experts, top_k, aux_coef, z_coef
        self.router = torch.nn.Linear(dim, experts, bias=False)
        self.w1 = torch.nn.Parameter(torch.randn(experts, hidden, dim) * 0.02)
        self.w3 = torch.nn.Parameter(torch.randn(experts, hidden, dim) * 0.02)
        self.w2 = torch.nn.Parameter(torch.randn(experts, dim, hidden) * 0.02)

    def forward(self, x):
        shape = x.shape
        x = x.reshape(-1, shape[-1])
        logits = self.router(x)
        probs = torch.softmax(logits, dim=-1)
        top_p, top_e = probs.topk(self.top_k, dim=-1)
        gates = top_p / top_p.sum(-1, keepdim=True)
        out = torch.zeros_like(x)
        flat_e = top_e.reshape(-1)
        flat_tok = torch.arange(x.shape[0]).repeat_interleave(self.top_k)
        flat_gate = gates.reshape(-1)
        for e in range(self.experts):  # one matrix product per expert over its tokens, as the engine does
            sel = (flat_e == e).nonzero(as_tuple=True)[0]
            if sel.numel() == 0:
                continue
            tok = flat_tok[sel]
            xe = x[tok]
            y = (F.silu(xe @ self.w1[e].t()) * (xe @ self.w3[e].t())) @ self.w2[e].t()
            out.index_add_(0, tok, y * flat_gate[sel, None])
        load = torch.bincount(flat_e, minlength=self.experts).float() / flat_e.numel()
        balance = self.aux_coef * self.experts * (load * probs.mean(0)).sum()
        z = self.z_coef * torch.logsumexp(logits, dim=-1).pow(2).mean()
        return out.view(shape), balance + z


class Block(torch.nn.Module):
    def __init__(self, p):
        super().__init__()
        self.attn_norm, self.ffn_norm = RmsNorm(p["dim"]), RmsNorm(p["dim"])
        self.attn = Attention(p["dim"], p["heads"], p["kv_heads"])
        self.moe = MoeFeedForward(p["dim"], p["experts"], p["top_k"], p["expert_hidden"])

    def forward(self, x, cos, sin, mask):
        x = x + self.attn(self.attn_norm(x), cos, sin, mask)
        y, aux = self.moe(self.ffn_norm(x))
        return x + y, aux


class Model(torch.nn.Module):
    def __init__(self, p):
        super().__init__()
        self.embed = torch.nn.Embedding(VOCAB, p["dim"])
        torch.nn.init.normal_(self.embed.weight, std=0.02)
        self.blocks = torch.nn.ModuleList(Block(p) for _ in range(p["layers"]))
        self.norm = RmsNorm(p["dim"])
        cos, sin = rotary_tables(p["context"], p["dim"] // p["heads"])
        self.register_buffer("cos", cos)
        self.register_buffer("sin", sin)
        self.register_buffer("mask", torch.triu(torch.ones(p["context"], p["context"], dtype=torch.bool), 1))

    def forward(self, tokens, targets):
        x = self.embed(tokens)
        aux = 0.0
        for block in self.blocks:
            x, a = block(x, self.cos, self.sin, self.mask)
            aux = aux + a
        logits = self.norm(x) @ self.embed.weight.t()  # tied LM head
        return F.cross_entropy(logits.reshape(-1, VOCAB), targets.reshape(-1)) + aux


def measure(name, batch, steps_per_block, blocks):
    p = PRESETS[name]
    torch.manual_seed(1337)
    model = Model(p)
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3, betas=(0.9, 0.95), eps=1e-8, weight_decay=0.1)
    t = p["context"]
    data = torch.randint(0, VOCAB, (64, t + 1))

    def step(i):
        rows = data[(torch.arange(batch) + i * batch) % data.shape[0]]
        loss = model(rows[:, :-1], rows[:, 1:])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()

    for i in range(5):  # warm-up: allocator, kernels, thread pool
        step(i)
    rates = []
    for blk in range(blocks):
        start = time.perf_counter()
        for i in range(steps_per_block):
            step(blk * steps_per_block + i)
        rates.append(steps_per_block * batch * t / (time.perf_counter() - start))
    return rates


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--preset", nargs="+", default=list(PRESETS), choices=list(PRESETS))
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--blocks", type=int, default=5)
    parser.add_argument("--steps", type=int, default=20, help="steps per timed block")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.set_num_interop_threads(1)
    for name in args.preset:
        rates = measure(name, args.batch, args.steps, args.blocks)
        mean = sum(rates) / len(rates)
        print(f"{name}: {mean:,.0f} tokens/s (mean of {len(rates)} timed blocks of {args.steps} steps, "
              f"min {min(rates):,.0f}, max {max(rates):,.0f}; batch {args.batch}, {torch.get_num_threads()} threads, OMP_WAIT_POLICY={os.environ['OMP_WAIT_POLICY']}, torch {torch.__version__})")


if __name__ == "__main__":
    main()
