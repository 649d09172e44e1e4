#include "models/domain/Workload.h"

using namespace Qt::StringLiterals;

namespace boussole {

QString columnName(WorkloadEditField field)
{
    switch (field) {
    case WorkloadEditField::Environment:
        return u"environment"_s;
    case WorkloadEditField::Criticality:
        return u"criticality"_s;
    case WorkloadEditField::DataClass:
        return u"data_class"_s;
    case WorkloadEditField::Application:
        return u"application"_s;
    }
    return {};
}

QString fieldValue(const Workload &workload, WorkloadEditField field)
{
    switch (field) {
    case WorkloadEditField::Environment:
        return workload.environment;
    case WorkloadEditField::Criticality:
        return workload.criticality;
    case WorkloadEditField::DataClass:
        return workload.dataClass;
    case WorkloadEditField::Application:
        return workload.application;
    }
    return {};
}

void setFieldValue(Workload &workload, WorkloadEditField field, const QString &value)
{
    switch (field) {
    case WorkloadEditField::Environment:
        workload.environment = value;
        break;
    case WorkloadEditField::Criticality:
        workload.criticality = value;
        break;
    case WorkloadEditField::DataClass:
        workload.dataClass = value;
        break;
    case WorkloadEditField::Application:
        workload.application = value;
        break;
    }
}

} // namespace boussole
