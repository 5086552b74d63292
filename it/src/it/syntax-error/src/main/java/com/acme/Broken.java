package com.acme;

import dev.costscope.annotations.*;

@ModelRelease(name = "Broken")
@TrainingCost(scope = Scope.FINAL_RUN, amount = "1M"
public final class Broken {
}
