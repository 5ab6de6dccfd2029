// Filled in by the engine issue.
console.log('unscripted: not built yet');
