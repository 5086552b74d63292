package com.acme;

import dev.costscope.annotations.*;

@ModelRelease(name = "Legacy", version = "1")
@TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press coverage")
@TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "40M", basis = Basis.THIRD_PARTY_ESTIMATE,
    source = "analyst estimate",
    items = @Item(component = CostComponent.HARDWARE_ACQUISITION, amount = "30M"))
public final class Legacy {}
