using MoeLab.Core.Text;
using MoeLab.Core.Validation;

namespace MoeLab.Offload;

/// <summary>The one answer to an unknown name in a catalog (policies, prefetchers): the nearest name and the full list.</summary>
internal static class CatalogNames
{
    public static InvalidInputException Unknown(string kind, string name, IEnumerable<string> known, string field)
    {
        var names = known.ToArray();
        var nearest = NearestName.Suggest(name, names);
        return new InvalidInputException(
            $"unknown {kind} '{name}'{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}; known: {string.Join(", ", names)}", field: field);
    }
}
