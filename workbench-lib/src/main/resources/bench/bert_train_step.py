"""Reference for FineTuneStepBench: one fine-tuning step of the same BERT classifier in PyTorch (Debian's
python3-torch), random weights. 6 post-LayerNorm layers of width 384, 12 heads, feed-forward 1536, exact GELU,
additive attention mask, mean pooling, dropout 0.1, a 3-way linear head; AdamW (weight decay 0.01 on matrices),
global gradient-norm clipping at 1.0. Prints one JSON line: {"batch", "length", "threads", "steps",
"ms_per_example_step", "cpu_ms_per_example_step", "matmul_gflops", "torch"}: wall-clock and process CPU time.

usage: bert_train_step.py BATCH LENGTH THREADS WARMUP_STEPS MEASURED_STEPS
"""
import json
import math
import sys
import time

import torch
from torch import nn

V, P, T, H, L, HEADS, I, C = 30522, 512, 2, 384, 6, 12, 1536, 3


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.qkv = nn.Linear(H, 3 * H)
        self.out = nn.Linear(H, H)
        self.norm1 = nn.LayerNorm(H, eps=1e-12)
        self.ffn_in = nn.Linear(H, I)
        self.ffn_out = nn.Linear(I, H)
        self.norm2 = nn.LayerNorm(H, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, additive_mask):
        b, n, _ = x.shape
        qkv = self.qkv(x).reshape(b, n, 3, HEADS, H // HEADS).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        scores = q @ k.transpose(-1, -2) / math.sqrt(H // HEADS) + additive_mask
        ctx = (self.drop(scores.softmax(-1)) @ v).transpose(1, 2).reshape(b, n, H)
        x = self.norm1(self.drop(self.out(ctx)) + x)
        return self.norm2(self.drop(self.ffn_out(nn.functional.gelu(self.ffn_in(x)))) + x)


class BertClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.words = nn.Embedding(V, H)
        self.positions = nn.Embedding(P, H)
        self.types = nn.Embedding(T, H)
        self.norm = nn.LayerNorm(H, eps=1e-12)
        self.layers = nn.ModuleList([Layer() for _ in range(L)])
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(H, C)

    def forward(self, ids, types, mask):
        n = ids.shape[1]
        x = self.words(ids) + self.types(types) + self.positions(torch.arange(n))
        x = self.drop(self.norm(x))
        m = mask.float()
        additive = ((1 - m) * -10000.0)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, additive)
        pooled = (x * m[..., None]).sum(1) / m.sum(1, keepdim=True).clamp(min=1e-9)
        return self.head(self.drop(pooled))


def main():
    batch, length, threads, warmup, measured = (int(a) for a in sys.argv[1:6])
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    model = BertClassifier().train()
    decay = [p for p in model.parameters() if p.dim() > 1]
    no_decay = [p for p in model.parameters() if p.dim() <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=5e-5)
    ids = torch.randint(1000, V, (batch, length))
    types = torch.zeros_like(ids)
    mask = torch.ones_like(ids)
    labels = torch.randint(0, C, (batch,))

    def step():
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(ids, types, mask), labels)
        loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        if torch.isfinite(norm):
            opt.step()
        return loss.item()

    for _ in range(warmup):
        step()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(measured):
        step()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    a, b = torch.randn(512, 512), torch.randn(512, 512)
    start = time.perf_counter()
    for _ in range(10):
        a @ b
    gflops = 10 * 2 * 512 ** 3 / (time.perf_counter() - start) / 1e9
    print(json.dumps({"batch": batch, "length": length, "threads": torch.get_num_threads(), "steps": measured,
                      "ms_per_example_step": 1000.0 * elapsed / (measured * batch),
                      "cpu_ms_per_example_step": 1000.0 * cpu / (measured * batch), "matmul_gflops": gflops,
                      "torch": torch.__version__}))


if __name__ == "__main__":
    main()
