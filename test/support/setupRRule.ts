// Jest loads modules one by one, not the web part's chunks: the recurrence library is provided up front, as the
// local site's seed and the scripts get it through `src/domain/index.ts` (see src/domain/rruleLibrary.ts).
import '../../src/domain/rruleStatic';
