package dev.costscope.text;

import java.util.List;

/**
 * The classes of phrases the detector reads meaning from. Each class lists phrases, lower case; an
 * ASCII phrase matches at the start of a word and may continue into a longer word ({@code train}
 * matches <i>trained</i>), unless it ends with {@code $}, then it must end a word; phrases in other
 * scripts match anywhere. Builds add their own phrases through the detector's parameters.
 */
public enum PhraseClass {

    /** Training or building a model: the work whose cost is a training cost. */
    TRAINING_WORK(Role.TRAINING, "train", "pre-train", "pretrain", "fine-tun", "finetun", "fine tun", "distill",
            "budget", "compute cost", "computing cost", "in gpu cost", "compute investment", "compute budget", "compute spend",
            "training investment", "in compute", "of compute", "on compute", "computing power", "cloud compute", "compute credits", "computing credits",
            "calculation credits", "强化学习", "epoch",
            "训练", "訓練", "学習", "トレーニング", "微调", "微調", "培训成本", "算力成本", "обуч", "тренир"),

    /** Words that call an amount what something cost; a training cost when a model is named too. */
    COST(Role.COST, "cost", "spent", "spend", "expense", "price tag", "bill$", "for under", "for less than",
            "成本", "费用", "費用", "コスト", "花费", "花費", "开销", "開発費", "开发费", "потрач", "стоимост"),

    /** Making a model; a training cost when a model is named too. */
    BUILD(Role.COST, "build", "built", "develop", "create", "replicat", "reproduc", "开发", "開発", "打造", "复刻"),

    /** Words that name a model. */
    MODEL(Role.MODEL, "model", "llm", "gpt", "chatbot", "neural network", "transformer", "diffusion", "llama",
            "claude", "gemini", "deepseek", "qwen", "mistral", "falcon", "bloom", "palm", "alpaca", "vicuna", "grok",
            "bert", "roberta", "sky-t1", "mpt-", "模型", "モデル", "大模型", "ai开发", "ai開発", "aiを開発", "модел"),

    /** A price per unit: an hourly rental, a per-token API price, a unit price. */
    RATE(Role.NOT_TRAINING, "per hour", "per gpu", "per-gpu", "per million", "per 1k", "per token", "per month",
            "per year", "per day", "hourly", "monthly", "on-demand", "on demand", "rental rate", "rental price",
            "pricing", "priced", "price of", "price per", "list price", "sticker price", "unit price", "a pop",
            "apiece", "单价", "租卡单价", "每小时", "每百万", "按需价格", "价格", "价格为", "あたり", "単価", "料金"),

    /** Buying hardware, clusters, data centers. */
    HARDWARE(Role.NOT_TRAINING, "purchas", "buy", "bought", "hardware", "supercomputer", "chips", "worth",
            "to set up", "to setup", "data center", "datacenter", "infrastructure", "capex", "gpu reserves",
            "each gpu", "each chip", "each card", "采购", "硬件", "交换机", "设备", "存储", "眼镜", "赛车", "ハードウェア", "設備", "投資額"),

    /** Funding, valuation, investment, acquisitions, revenue, markets. */
    FUNDING(Role.NOT_TRAINING, "raise", "raising", "funding", "fundrais", "funded", "valuation", "valued", "invest",
            "backer", "market cap", "market value", "stock", "shares", "equity", "acqui", "revenue", "profit",
            "income", "grant", "initiative", "commit", "contribut", "融资", "估值", "投资", "市值", "股票", "收入",
            "营收", "利润", "蒸发", "票房", "投資", "売上", "利益"),

    /** Pay of people. */
    COMPENSATION(Role.NOT_TRAINING, "salar", "pay package", "compensation", "total comp", "comp for", "wage",
            "offer", "hire", "hiring", "bonus", "薪", "人力成本", "年俸", "報酬", "給与"),

    /** Credits, vouchers, quotas and other money given away. */
    CREDITS(Role.NOT_TRAINING, "credits", "sign-up", "signup", "voucher", "free tier", "free-tier", "quota", "coupon",
            "cashback", "信用额度", "赠", "返现", "クーポン"),

    /** Running a model after training: inference, serving, deployment, operations, API use. */
    OPERATING(Role.NOT_TRAINING, "inference cost", "inference bill", "serving", "to serve", "deploy", "operat",
            "electricity", "cooling", "maintenance", "of tokens", "api", "subscription", "推理成本", "部署", "运营",
            "电费", "运维", "月成本", "token", "トークン"),

    /** Evaluation, benchmarks and annotation. */
    EVALUATION(Role.NOT_TRAINING, "benchmark", "evaluat", "eval$", "annotat", "leaderboard", "评测", "评估", "标注"),

    /** Producing or cleaning data. */
    DATA_WORK(Role.NOT_TRAINING, "pre-compute", "precompute", "preprocess", "data generation", "generating data", "generate data", "data cleaning",
            "data collection", "数据成本", "数据清洗", "生成数据", "数据采集", "清洗成本"),

    /** Exchange rates and conversions. */
    EXCHANGE(Role.NOT_TRAINING, "exchange rate", "汇率", "日本円にして", "约合", "約"),

    /** Training of people, not of models. */
    PEOPLE(Role.PEOPLE, "teacher", "educat", "academy", "student", "k-12", "k–12", "workforce", "employees", "workers",
            "教师", "老师", "员工", "学生"),

    /** A run scope: which runs a figure covers. */
    RUN_SCOPE(Role.SCOPE, "final run", "final training", "final pre-training", "final pretraining", "official run",
            "official training", "official formal", "single run", "single training run", "one training run",
            "this training run", "that training run", "each training run", "every training run", "training run alone", "month training run", "last training run", "per run",
            "per training run", "one run", "each run", "running 1 epoch", "running one epoch", "跑完", "最终训练", "单次训练", "一次训练", "正式训练", "每次训练",
            "最終的な学習", "1回の学習"),

    /** Markers of inclusion or exclusion; a scope when a cost component follows them. */
    INCLUSION_MARKER(Role.MARKER, "including", "includes", "included", "include", "inclusive of", "excluding",
            "excludes", "excluded", "exclude", "except", "not counting", "before", "plus", "adding", "on top of",
            "beyond", "besides", "without", "包括", "包含", "不含", "不包括", "考虑", "加上", "含む", "除く", "含め",
            "以外", "取决于"),

    /** Cost components that an inclusion or exclusion names. */
    COMPONENT(Role.COMPONENT, "experiment", "ablation", "failed", "research", "personnel", "staff", "salar",
            "people", "employee", "data generation", "data acquisition", "storage", "networking", "orchestration",
            "overhead", "energy", "electricity", "depreciation", "facilit", "checkpoint", "debugging", "iteration",
            "other costs", "indirect", "machine training", "实验", "人员", "调试", "迭代", "研究", "工资", "电力",
            "折旧", "间接成本", "研发", "実験", "人件費", "研究開発"),

    /** Program or R&amp;D totals and amortization: a scope by themselves. */
    PROGRAM_SCOPE(Role.SCOPE, "r&d", "research and development", "total program", "total programme",
            "total cost of ownership", "all-in", "amortiz", "amortis", "depreciat", "capital expenditure",
            "研发总", "研究開発費", "償却");

    /** What a class of phrases tells about a figure. */
    public enum Role {
        /** The sentence speaks of training a model. */
        TRAINING,
        /** The sentence calls an amount a cost or speaks of making something. */
        COST,
        /** The sentence names a model. */
        MODEL,
        /** Money of another kind when attached to the figure. */
        NOT_TRAINING,
        /** Training of people. */
        PEOPLE,
        /** States which runs or costs a figure covers. */
        SCOPE,
        /** Inclusion or exclusion marker. */
        MARKER,
        /** A cost component. */
        COMPONENT
    }

    private final Role role;
    private final List<String> phrases;

    PhraseClass(Role role, String... phrases) {
        this.role = role;
        this.phrases = List.of(phrases);
    }

    /** What the class tells. */
    public Role role() {
        return role;
    }

    /** The default phrases of the class. */
    public List<String> phrases() {
        return phrases;
    }
}
