using MoeLab.Core.Text;
using MoeLab.Core.Validation;

namespace MoeLab.Offload;

/// <summary>The one answer to an unknown name in a catalog (policies, prefetchers, built-in traces): the nearest name and the full list.</summary>
internal static class CatalogNames
{
    public static InvalidInputException Unknown(string kind, string name, IEnumerable<string> known, string field, string listedAs = "known")
    {
        var names = known.ToArray();
        var nearest = NearestName.Suggest(name, names);
        return new InvalidInputException(
            $"unknown {kind} '{name}'{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}; {listedAs}: {string.Join(", ", names)}", field: field);
    }
}
